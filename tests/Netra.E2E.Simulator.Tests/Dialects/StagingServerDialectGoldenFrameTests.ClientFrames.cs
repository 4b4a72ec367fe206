using Netra.E2E.Simulator.Dialects;

namespace Netra.E2E.Simulator.Tests.Dialects;

/// <summary>
/// Client frames as the deployed backend reads them: text from message, content or text; no agent name and no client run
/// id read (the server names the run); unhandled types acknowledged; only bad JSON is an error; empty requests unanswered.
/// </summary>
public sealed partial class StagingServerDialectGoldenFrameTests
{
    /// <summary>The run id the server gives the first request decoded with sequential ids at the fixed instant.</summary>
    private const string ServerRunId = "run_thread_session_1_2909bd41_1757403398_4fd2871a";

    public static IReadOnlyList<ClientFrameRow> ClientFrames { get; } =
    [
        new("user_message with its text in payload.message",
            """{"type":"user_message","payload":{"message":"Optimize my AWS costs","thread_id":"thread_3"}}""",
            new UserMessageRequest(ServerRunId, "Optimize my AWS costs", null, "thread_3", Parameters("""{"message":"Optimize my AWS costs","thread_id":"thread_3"}"""))),
        new("user_message with its text in payload.content; agent and client run id not read",
            """{"type":"user_message","payload":{"content":"Optimize my AWS costs","agent":"nonexistent_agent","run_id":"run_client"},"message_id":"cm_1"}""",
            new UserMessageRequest(ServerRunId, "Optimize my AWS costs", null, null,
                Parameters("""{"content":"Optimize my AWS costs","agent":"nonexistent_agent","run_id":"run_client"}"""))),
        new("user_message with its text in payload.text",
            """{"type":"user_message","payload":{"text":"Optimize my GCP costs"}}""",
            new UserMessageRequest(ServerRunId, "Optimize my GCP costs", null, null, Parameters("""{"text":"Optimize my GCP costs"}"""))),
        new("user_message with its fields at top level",
            """{"type":"user_message","content":"Optimize my Azure costs"}""",
            new UserMessageRequest(ServerRunId, "Optimize my Azure costs", null, null, Parameters("""{"type":"user_message","content":"Optimize my Azure costs"}"""))),
        new("chat reads like user_message",
            """{"type":"chat","payload":{"message":"Optimize my AWS costs"}}""",
            new UserMessageRequest(ServerRunId, "Optimize my AWS costs", null, null, Parameters("""{"message":"Optimize my AWS costs"}"""))),
        new("start_agent with a user_request; the agent type is not read",
            """{"type":"start_agent","payload":{"agent_type":"optimization_agent","user_request":"Reduce my costs","run_id":"run_client","constraints":{"monthly_spend":25000}}}""",
            new StartAgentRequest(ServerRunId, null, "Reduce my costs", null,
                Parameters("""{"agent_type":"optimization_agent","user_request":"Reduce my costs","run_id":"run_client","constraints":{"monthly_spend":25000}}"""))),
        new("start_agent without payload.user_request gets no reply",
            """{"type":"start_agent","payload":{"agent_type":"unified_data_agent","query":"Analyze performance metrics"}}""",
            new UnansweredFrame("a start_agent without payload.user_request gets no reply")),
        new("empty user_message gets no reply", """{"type":"user_message","payload":{"content":""}}""", new UnansweredFrame("a user_message without text gets no reply")),
        new("user_message without text gets no reply", """{"type":"user_message","payload":{}}""", new UnansweredFrame("a user_message without text gets no reply")),
        new("ping, its message id not read", """{"type":"ping","message_id":"ping_42"}""", new PingRequest(null)),
        new("heartbeat", """{"type":"heartbeat","payload":{}}""", new HeartbeatRequest()),
        new("a client pong is accepted silently", """{"type":"pong"}""", new UnansweredFrame("a client pong is accepted silently")),
        new("the old suite's message_created is acknowledged", """{"type":"message_created","payload":{"content":"hi"}}""", new UnhandledFrame("message_created")),
        new("an unknown type is acknowledged", """{"type":"teleport","payload":{}}""", new UnhandledFrame("teleport")),
        new("no type is acknowledged as unknown", """{"payload":{"content":"no type"}}""", new UnhandledFrame("unknown")),
        new("a type that is not a string is acknowledged as unknown", """{"type":42}""", new UnhandledFrame("unknown")),
        new("bad JSON is a FORMAT_ERROR", "{not json", new DecodeError(ErrorCode.InvalidMessage, "Invalid JSON format: *")),
        new("an empty frame is a FORMAT_ERROR", "", new DecodeError(ErrorCode.InvalidMessage, "Invalid JSON format: *")),
        new("JSON but not an object is a FORMAT_ERROR", "[1, 2, 3]", new DecodeError(ErrorCode.InvalidMessage, "Message must be a JSON object")),
        new("binary or not UTF-8 is a FORMAT_ERROR", null, new DecodeError(ErrorCode.InvalidMessage, "Message must be UTF-8 text holding one JSON object")),
    ];
}
