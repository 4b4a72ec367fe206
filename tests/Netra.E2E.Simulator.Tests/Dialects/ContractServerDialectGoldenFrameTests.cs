using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Auth;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Dialects.Contract;
using Netra.E2E.Simulator.Hosting;
using Netra.E2E.Simulator.Wording;

namespace Netra.E2E.Simulator.Tests.Dialects;

/// <summary>The contract dialect's golden frames: netra-protocol.md section 3, every server and client type.</summary>
public sealed class ContractServerDialectGoldenFrameTests
    : ServerDialectGoldenFrameTests<ContractServerDialectGoldenFrameTests>, IGoldenFrameTable
{
    private const string At = "\"timestamp\":\"2025-09-09T07:36:38.535710Z\"";
    private static readonly RunScope Run = new("run_7", "thread_3");

    public static IServerDialect CreateDialect(TimeProvider time, IIdSource ids) => new ContractDialect(time, ids);

    public static IReadOnlyList<Type> RequestsNotRead => [typeof(HeartbeatRequest)];

    public static IReadOnlyList<ServerFrameRow> ServerFrames { get; } =
    [
        new("connection_established", new Welcome("conn_1", "e2e-user", Now),
            $$"""{"type":"connection_established","payload":{"connection_id":"conn_1","user_id":"e2e-user","server_time":"2025-09-09T07:36:38.5357100\u002B00:00"},{{At}},"message_id":"msg_1"}"""),
        new("agent_started", new AgentStarted(Run, "cost_optimizer"),
            $$"""{"type":"agent_started","payload":{"thread_id":"thread_3","agent_name":"cost_optimizer","run_id":"run_7"},{{At}},"message_id":"msg_1","run_id":"run_7","thread_id":"thread_3"}"""),
        new("agent_thinking", new AgentThinking(Run, "cost_optimizer", "Reading AWS billing data for the last 30 days.", 1, 3),
            $$"""{"type":"agent_thinking","payload":{"thread_id":"thread_3","agent_name":"cost_optimizer","thought":"Reading AWS billing data for the last 30 days.","step_number":1,"total_steps":3,"run_id":"run_7"},{{At}},"message_id":"msg_1","run_id":"run_7","thread_id":"thread_3"}"""),
        new("tool_executing", new ToolExecuting(Run, "cost_optimizer", "cost_explorer", "Break down spend by service"),
            $$"""{"type":"tool_executing","payload":{"thread_id":"thread_3","agent_name":"cost_optimizer","tool_name":"cost_explorer","tool_purpose":"Break down spend by service","run_id":"run_7"},{{At}},"message_id":"msg_1","run_id":"run_7","thread_id":"thread_3"}"""),
        new("tool_completed", new ToolCompleted(Run, "unified_data_agent", "chart_builder", new ToolResult
            {
                ["monthly_spend_usd"] = 25_000m, ["provider"] = "AWS", ["services_analyzed"] = 14, ["growth_factor"] = 1.3, ["found"] = false,
                ["charts"] = new[] { "line chart: daily usage trend", "heatmap: hourly utilization" },
            }),
            $$"""{"type":"tool_completed","payload":{"thread_id":"thread_3","agent_name":"unified_data_agent","tool_name":"chart_builder","result":{"monthly_spend_usd":25000,"provider":"AWS","services_analyzed":14,"growth_factor":1.3,"found":false,"charts":["line chart: daily usage trend","heatmap: hourly utilization"]},"run_id":"run_7"},{{At}},"message_id":"msg_1","run_id":"run_7","thread_id":"thread_3"}"""),
        new("subagent_started", new SubagentStarted(Run, "unified_data_agent", "supervisor_agent"),
            $$"""{"type":"subagent_started","payload":{"thread_id":"thread_3","agent_name":"unified_data_agent","parent_agent":"supervisor_agent","run_id":"run_7"},{{At}},"message_id":"msg_1","run_id":"run_7","thread_id":"thread_3"}"""),
        new("subagent_completed", new SubagentCompleted(Run, "unified_data_agent", "supervisor_agent"),
            $$"""{"type":"subagent_completed","payload":{"thread_id":"thread_3","agent_name":"unified_data_agent","parent_agent":"supervisor_agent","run_id":"run_7"},{{At}},"message_id":"msg_1","run_id":"run_7","thread_id":"thread_3"}"""),
        new("agent_completed", new AgentCompleted(Run, "cost_optimizer", 1234, Answer, ["cost_explorer", "savings_calculator"]),
            $$"""{"type":"agent_completed","payload":{"thread_id":"thread_3","agent_name":"cost_optimizer","duration_ms":1234,"result":{{AnswerJson}},"run_id":"run_7"},{{At}},"message_id":"msg_1","run_id":"run_7","thread_id":"thread_3"}"""),
        new("error INVALID_MESSAGE, no run", new ErrorMessage(ErrorCode.InvalidMessage, "frame must be a JSON object with a string \"type\""),
            $$"""{"type":"error","payload":{"code":"INVALID_MESSAGE","message":"frame must be a JSON object with a string \u0022type\u0022"},{{At}},"message_id":"msg_1"}"""),
        new("error UNKNOWN_MESSAGE_TYPE", new ErrorMessage(ErrorCode.UnknownMessageType, "unknown message type 'teleport'"),
            $$"""{"type":"error","payload":{"code":"UNKNOWN_MESSAGE_TYPE","message":"unknown message type \u0027teleport\u0027"},{{At}},"message_id":"msg_1"}"""),
        new("error MESSAGE_TOO_LARGE", new ErrorMessage(ErrorCode.MessageTooLarge, "frame exceeds the 65536 byte limit"),
            $$"""{"type":"error","payload":{"code":"MESSAGE_TOO_LARGE","message":"frame exceeds the 65536 byte limit"},{{At}},"message_id":"msg_1"}"""),
        new("error AGENT_NOT_FOUND, run and thread", new ErrorMessage(ErrorCode.AgentNotFound, "No agent named 'x'. Known agents: cost_optimizer.", Run),
            $$"""{"type":"error","payload":{"code":"AGENT_NOT_FOUND","message":"No agent named \u0027x\u0027. Known agents: cost_optimizer.","run_id":"run_7"},{{At}},"message_id":"msg_1","run_id":"run_7","thread_id":"thread_3"}"""),
        new("error THREAD_ACCESS_DENIED, run only", new ErrorMessage(ErrorCode.ThreadAccessDenied, "That thread is not available to this user.", new RunScope("run_7")),
            $$"""{"type":"error","payload":{"code":"THREAD_ACCESS_DENIED","message":"That thread is not available to this user.","run_id":"run_7"},{{At}},"message_id":"msg_1","run_id":"run_7"}"""),
        new("error INTERNAL_ERROR", new ErrorMessage(ErrorCode.InternalError, "The agent failed.", Run),
            $$"""{"type":"error","payload":{"code":"INTERNAL_ERROR","message":"The agent failed.","run_id":"run_7"},{{At}},"message_id":"msg_1","run_id":"run_7","thread_id":"thread_3"}"""),
        new("pong echoing the ping's id", new Pong("ping_42"),
            $$"""{"type":"pong","payload":{},{{At}},"message_id":"ping_42"}"""),
        new("pong to a ping without id", new Pong(null),
            $$"""{"type":"pong","payload":{},{{At}},"message_id":"msg_1"}"""),
        new("pong names no user", new Pong("ping_42", "e2e-user"),
            $$"""{"type":"pong","payload":{},{{At}},"message_id":"ping_42"}"""),
        new("never sent: a server ping", new ServerPing(), null),
        new("never sent: a heartbeat ack", new HeartbeatAck(), null),
        new("never sent: an ack (unknown types are errors)", new Acknowledgement("message_created", "e2e-user"), null),
        new("never sent: an auth failure (refusals are HTTP 401/403)", new AuthenticationFailed(TokenProblem.Invalid, "the token has expired"), null),
        new("timestamp set by the run, written in UTC", new AgentStarted(Run, "cost_optimizer") { Timestamp = new DateTimeOffset(2025, 9, 9, 9, 36, 8, TimeSpan.FromHours(2)) },
            """{"type":"agent_started","payload":{"thread_id":"thread_3","agent_name":"cost_optimizer","run_id":"run_7"},"timestamp":"2025-09-09T07:36:08.000000Z","message_id":"msg_1","run_id":"run_7","thread_id":"thread_3"}"""),
        new("fault: tool_completed naming no thread", new ToolCompleted(Run, "triage_agent", "ghost_tool", new ToolResult()) { ThreadId = null },
            $$"""{"type":"tool_completed","payload":{"agent_name":"triage_agent","tool_name":"ghost_tool","result":{},"run_id":"run_7"},{{At}},"message_id":"msg_1","run_id":"run_7","thread_id":"thread_3"}"""),
        new("fault: event naming another thread", new ToolExecuting(Run, "triage_agent", "cost_explorer", "Break down spend by service") { ThreadId = "thread_of_someone_else" },
            $$"""{"type":"tool_executing","payload":{"thread_id":"thread_of_someone_else","agent_name":"triage_agent","tool_name":"cost_explorer","tool_purpose":"Break down spend by service","run_id":"run_7"},{{At}},"message_id":"msg_1","run_id":"run_7","thread_id":"thread_3"}"""),
        new("fault: step beyond its total", new AgentThinking(Run, "cost_optimizer", "Reading.", 99, 1) { StatesTotal = true },
            $$"""{"type":"agent_thinking","payload":{"thread_id":"thread_3","agent_name":"cost_optimizer","thought":"Reading.","step_number":99,"total_steps":1,"run_id":"run_7"},{{At}},"message_id":"msg_1","run_id":"run_7","thread_id":"thread_3"}"""),
        new("fault: a message id pinned so that a repeat is the same frame", new AgentStarted(Run, "cost_optimizer") { MessageId = "msg_pinned" },
            $$"""{"type":"agent_started","payload":{"thread_id":"thread_3","agent_name":"cost_optimizer","run_id":"run_7"},{{At}},"message_id":"msg_pinned","run_id":"run_7","thread_id":"thread_3"}"""),
        new("fault: error CONNECTION_ERROR", new ErrorMessage(ErrorCode.ConnectionError, "maximum recursion depth exceeded"),
            $$"""{"type":"error","payload":{"code":"CONNECTION_ERROR","message":"maximum recursion depth exceeded"},{{At}},"message_id":"msg_1"}"""),
        new("fault: status_update with another user's thread", Snapshot,
            $$"""{"type":"status_update","payload":{"status":"thread_loaded","thread_id":"thread_9","message":"Loaded thread thread_9: Right-size EC2 ($2,250/month); monthly spend $27,300.","recommendations":[{"title":"Right-size EC2","detail":"Idle.","estimated_monthly_savings_usd":2250}],"monthly_spend_usd":27300},{{At}},"message_id":"msg_1","thread_id":"thread_9"}"""),
        new("fault: truncated frame", new TruncatedFrame(),
            """{"type": "agent_thinking", "payload": {"""),
        new("fault: oversized frame", new OversizedFrame(12),
            """{"type":"agent_thinking","payload":{"thought":"xxxxxxxxxxxx"}}"""),
        new("fault: misnamed agent_completed", new MisnamedEvent(new AgentCompleted(Run, "cost_optimizer", 0, AgentAnswer.Empty, [])),
            $$"""{"type":"agent_complete","payload":{"thread_id":"thread_3","agent_name":"cost_optimizer","duration_ms":0,"result":{"content":"Request processed.","recommendations":[],"metrics":{},"tools_used":[]},"run_id":"run_7"},{{At}},"message_id":"msg_1","run_id":"run_7","thread_id":"thread_3"}"""),
    ];

    public static IReadOnlyList<ClientFrameRow> ClientFrames { get; } =
    [
        new("user_message with thread, agent, run id and parameters",
            """{"type":"user_message","payload":{"content":"Optimize my AWS costs","thread_id":"thread_3","agent":"cost_optimizer","run_id":"run_client","monthly_spend":25000},"timestamp":"2025-09-09T07:36:38.535710Z","message_id":"cm_1"}""",
            new UserMessageRequest("run_client", "Optimize my AWS costs", "cost_optimizer", "thread_3",
                Parameters("""{"content":"Optimize my AWS costs","thread_id":"thread_3","agent":"cost_optimizer","run_id":"run_client","monthly_spend":25000}"""), "cm_1")),
        new("user_message without run id gets one",
            """{"type":"user_message","payload":{"content":"Optimize my AWS costs"}}""",
            new UserMessageRequest("run_1", "Optimize my AWS costs", null, null, Parameters("""{"content":"Optimize my AWS costs"}"""))),
        new("user_message with its fields at top level",
            """{"type":"user_message","content":"Optimize my AWS costs","message_id":"cm_2"}""",
            new UserMessageRequest("run_1", "Optimize my AWS costs", null, null, Parameters("""{"type":"user_message","content":"Optimize my AWS costs","message_id":"cm_2"}"""), "cm_2")),
        new("start_agent with parameters",
            """{"type":"start_agent","payload":{"agent_type":"optimization_agent","user_request":"Reduce my costs","run_id":"run_client","parameters":{"monthly_spend":25000}}}""",
            new StartAgentRequest("run_client", "optimization_agent", "Reduce my costs", null,
                Parameters("""{"agent_type":"optimization_agent","user_request":"Reduce my costs","run_id":"run_client","parameters":{"monthly_spend":25000}}"""))),
        new("start_agent with a query instead of a user_request",
            """{"type":"start_agent","payload":{"agent_type":"unified_data_agent","query":"Analyze performance metrics","thread_id":"thread_3"}}""",
            new StartAgentRequest("run_1", "unified_data_agent", "Analyze performance metrics", "thread_3",
                Parameters("""{"agent_type":"unified_data_agent","query":"Analyze performance metrics","thread_id":"thread_3"}"""))),
        new("start_agent without a request text",
            """{"type":"start_agent","payload":{"agent_type":"cost_optimizer"}}""",
            new StartAgentRequest("run_1", "cost_optimizer", "", null, Parameters("""{"agent_type":"cost_optimizer"}"""))),
        new("ping with a message id", """{"type":"ping","payload":{},"message_id":"ping_42"}""", new PingRequest("ping_42")),
        new("ping without a message id", """{"type":"ping"}""", new PingRequest(null)),
        new("ping with a numeric message id", """{"type":"ping","message_id":42}""", new PingRequest(null)),
        new("binary or not UTF-8", null,
            new DecodeError(ErrorCode.InvalidMessage, "frames must be UTF-8 text holding one JSON object")),
        new("not JSON", "{not json", new DecodeError(ErrorCode.InvalidMessage, "frame is not valid JSON: *")),
        new("empty frame", "", new DecodeError(ErrorCode.InvalidMessage, "frame is not valid JSON: *")),
        new("JSON but not an object", "[1, 2, 3]", new DecodeError(ErrorCode.InvalidMessage, "frame must be a JSON object with a string \"type\"")),
        new("no type", """{"payload":{"content":"no type"}}""", new DecodeError(ErrorCode.InvalidMessage, "frame must be a JSON object with a string \"type\"")),
        new("type not a string", """{"type":42}""", new DecodeError(ErrorCode.InvalidMessage, "frame must be a JSON object with a string \"type\"")),
        new("unknown type", """{"type":"teleport","payload":{}}""", new DecodeError(ErrorCode.UnknownMessageType, "unknown message type 'teleport'")),
        new("a client heartbeat is an unknown type", """{"type":"heartbeat"}""", new DecodeError(ErrorCode.UnknownMessageType, "unknown message type 'heartbeat'")),
        new("user_message with empty content", """{"type":"user_message","payload":{"content":"","run_id":"run_client"}}""",
            new DecodeError(ErrorCode.InvalidMessage, "\"content\" must be a non-empty string", "run_client")),
        new("user_message without content", """{"type":"user_message","payload":{}}""",
            new DecodeError(ErrorCode.InvalidMessage, "\"content\" must be a non-empty string", "run_1")),
        new("start_agent without agent_type", """{"type":"start_agent","payload":{"user_request":"hi"}}""",
            new DecodeError(ErrorCode.InvalidMessage, "\"agent_type\" is required", "run_1")),
    ];

    private static ThreadSnapshot Snapshot => new("thread_9", "Loaded thread thread_9: Right-size EC2 ($2,250/month); monthly spend $27,300.",
        [new Recommendation("Right-size EC2", "Idle.", 2_250m)], 27_300m);

    private static AgentAnswer Answer => new(
        "Cost analysis for your AWS environment: current monthly spend is $25,000, as you stated.\n1. Right-size EC2: today's instances idle.",
        [
            new Recommendation("Right-size over-provisioned EC2 instances", "Several EC2 instances average under 30% CPU.", 2_250m, "high"),
            new Recommendation("Plan capacity for the growth trend", "Headroom lasts about 10 months.", Priority: "medium"),
            new Recommendation("Review later", "No priority given."),
        ],
        new Dictionary<string, double> { ["current_monthly_cost_usd"] = 25_000, ["savings_percent"] = 19.996, ["p95_latency_ms_after"] = 187.5 });

    private const string AnswerJson =
        """{"content":"Cost analysis for your AWS environment: current monthly spend is $25,000, as you stated.\n1. Right-size EC2: today\u0027s instances idle.","recommendations":[{"title":"Right-size over-provisioned EC2 instances","detail":"Several EC2 instances average under 30% CPU.","estimated_monthly_savings_usd":2250,"priority":"high"},{"title":"Plan capacity for the growth trend","detail":"Headroom lasts about 10 months.","priority":"medium"},{"title":"Review later","detail":"No priority given."}],"metrics":{"current_monthly_cost_usd":25000,"savings_percent":20,"p95_latency_ms_after":187.5},"tools_used":["cost_explorer","savings_calculator"]}""";
}
