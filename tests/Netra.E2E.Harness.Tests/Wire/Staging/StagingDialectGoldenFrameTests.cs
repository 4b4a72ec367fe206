using Netra.E2E.Harness.Wire;
using Netra.E2E.Harness.Wire.Staging;
using Netra.E2E.Testing.Time;

namespace Netra.E2E.Harness.Tests.Wire.Staging;

/// <summary>The deployed backend's frames, as netra-protocol.md section 8 records them, and the contract's terms they read as.</summary>
public sealed class StagingDialectGoldenFrameTests : WireDialectGoldenFrameTests
{
    private static readonly DateTimeOffset At = new(2025, 9, 9, 7, 36, 38, 535, TimeSpan.Zero);

    protected override IWireDialect Dialect { get; } = new StagingDialect(new FixedTimeProvider(Now), () => MessageId);

    protected override IReadOnlyList<ReadRow> ReadRows { get; } =
    [
        new("welcome as system_message",
            """{"type":"system_message","data":{"event":"connection_established","connection_id":"ws_conn_1","user_id":"user_1","server_time":"2025-09-09T07:36:38.535Z","connection_ready":true,"environment":"staging","startup_complete":true,"config":{"heartbeat_interval":25,"max_message_size":8192},"factory_pattern_enabled":true},"timestamp":1757403398.535,"server_id":"srv_1","correlation_id":"c_1"}""",
            Event("connection_established", "emitter envelope", "numeric epoch timestamp", "no message_id", "welcome as system_message (event 'connection_established')") with { ConnectionId = "ws_conn_1", UserId = "user_1" }),
        new("welcome named connect, a week later",
            """{"type":"system_message","data":{"event":"connect","connection_id":"ws_conn_2","user_id":"demo-user-001"},"timestamp":1757403398.535}""",
            Event("connection_established", "emitter envelope", "numeric epoch timestamp", "no message_id", "welcome as system_message (event 'connect')") with { ConnectionId = "ws_conn_2", UserId = "demo-user-001" }),
        new("server ping",
            """{"type":"ping","data":{"timestamp":1757403398.535},"timestamp":1757403398.535}""",
            Event("ping", "emitter envelope", "numeric epoch timestamp", "no message_id", "server ping (answered with pong)")),
        new("pong without the ping's id",
            """{"type":"pong","data":{"timestamp":1757403398.535,"user_id":"user_1"},"timestamp":1757403398.535}""",
            Event("pong", "emitter envelope", "numeric epoch timestamp", "pong without the ping's message_id") with { UserId = "user_1" }),
        new("ack for an unhandled type",
            """{"type":"ack","received_type":"message_created","timestamp":1757403398.535,"user_id":"user_1","status":"acknowledged"}""",
            Event("ack", "flat envelope", "numeric epoch timestamp", "no message_id", "ack for a client type it does not handle ('message_created')") with { UserId = "user_1" }),
        new("error_message",
            """{"type":"error_message","error_code":"FORMAT_ERROR","error_message":"Invalid JSON","details":{},"timestamp":1757403398.535,"recovery_suggestions":null}""",
            Event("error", "flat envelope", "numeric epoch timestamp", "no message_id", "error_message instead of error", "FORMAT_ERROR for INVALID_MESSAGE") with { ErrorCode = "INVALID_MESSAGE", ErrorMessage = "Invalid JSON" }),
        new("tool_executing, emitter envelope",
            """{"type":"tool_executing","data":{"tool":"data_helper","metadata":{"parameters":{"q":"costs"}},"status":"executing","timestamp":1757403398.535,"run_id":"run_thread_session_1_ab_2_cd","thread_id":"thread_1","request_id":"req_1"},"timestamp":"2025-09-09T07:36:38.535000","critical":true,"user_context":{"user_id":"user_1","request_id":"req_1"}}""",
            RunEvent("tool_executing", "emitter envelope", "ISO timestamp without a zone (read as UTC)", "no message_id", "tool for tool_name") with { ToolName = "data_helper", UserId = "user_1" }),
        new("agent_thinking, emitter envelope",
            """{"type":"agent_thinking","data":{"thought":"Reading billing data","metadata":{"step_number":2,"agent_name":"data_agent"},"type":"reasoning","run_id":"run_thread_session_1_ab_2_cd","thread_id":"thread_1"},"timestamp":"2025-09-09T07:36:38.535000"}""",
            RunEvent("agent_thinking", "emitter envelope", "ISO timestamp without a zone (read as UTC)", "no message_id", "no total_steps") with { AgentName = "data_agent", Thought = "Reading billing data", StepNumber = 2 }),
        new("agent_completed, emitter envelope: the result is the metadata",
            """{"type":"agent_completed","data":{"agent_name":"supervisor_agent","metadata":{"content":"Save $1,080 a month.","execution_time_ms":4200},"status":"completed","run_id":"run_thread_session_1_ab_2_cd","thread_id":"thread_1"},"timestamp":"2025-09-09T07:36:38.535000"}""",
            RunEvent("agent_completed", "emitter envelope", "ISO timestamp without a zone (read as UTC)", "no message_id", "the result as the emitter's metadata", "execution_time_ms for duration_ms") with
            {
                AgentName = "supervisor_agent",
                DurationMs = 4200,
                Answer = new AgentAnswer("Save $1,080 a month.", [], new Dictionary<string, double>(), []),
            }),
        new("agent_thinking, bridge envelope with reasoning and a string step",
            """{"type":"agent_thinking","run_id":"run_thread_session_1_ab_2_cd","agent_name":"triage_agent","thread_id":"thread_1","timestamp":"2025-09-09T07:36:38.535Z","payload":{"reasoning":"Classifying the request","step":"step_3","progress_percentage":30}}""",
            RunEvent("agent_thinking", "bridge envelope", "no message_id", "reasoning for thought", "step as a string ('step_<n>')", "no total_steps") with
            {
                AgentName = "triage_agent", Thought = "Classifying the request", StepNumber = 3,
            }),
        new("tool_completed, bridge envelope with result_summary",
            """{"type":"tool_completed","run_id":"run_thread_session_1_ab_2_cd","agent_name":"data_agent","thread_id":"thread_1","timestamp":"2025-09-09T07:36:38.535Z","payload":{"tool_name":"cost_explorer","success":true,"result_summary":"14 services analysed"}}""",
            RunEvent("tool_completed", "bridge envelope", "no message_id", "result_summary for result") with
            {
                AgentName = "data_agent", ToolName = "cost_explorer", ToolResult = "14 services analysed",
            }),
        new("agent_started, flat fallback",
            """{"type":"agent_started","event":"agent_started","user_id":"user_1","thread_id":"thread_1","timestamp":1757403398.535,"agent_name":"ChatAgent"}""",
            Event("agent_started", "flat envelope", "numeric epoch timestamp", "no message_id", "no run_id (the fallback handler's events)") with { ThreadIds = ["thread_1"], UserId = "user_1", AgentName = "ChatAgent" }),
        new("agent_completed, flat fallback with final_response",
            """{"type":"agent_completed","event":"agent_completed","user_id":"user_1","thread_id":"thread_1","timestamp":1757403398.535,"final_response":"Your AWS bill can drop by $900."}""",
            Event("agent_completed", "flat envelope", "numeric epoch timestamp", "no message_id", "final_response for result", "no duration_ms", "no agent_name (the fallback handler's completion)", "no run_id (the fallback handler's events)") with
            {
                ThreadIds = ["thread_1"], UserId = "user_1",
                Answer = AgentAnswer.None with { Content = "Your AWS bill can drop by $900." },
            }),
        new("agent_error without run or thread",
            """{"type":"agent_error","data":{"error":"LLM quota exceeded","status":"error"},"timestamp":"2025-09-09T07:36:38.535000"}""",
            Event("error", "emitter envelope", "ISO timestamp without a zone (read as UTC)", "no message_id", "agent_error as the run's terminal error") with
            {
                ErrorCode = "AGENT_ERROR", ErrorMessage = "LLM quota exceeded", IsAgentError = true,
            }),
        new("subagent_started, bridge envelope",
            """{"type":"subagent_started","run_id":"run_thread_session_1_ab_2_cd","agent_name":"data_agent","thread_id":"thread_1","timestamp":"2025-09-09T07:36:38.535Z","payload":{"parent_agent":"supervisor_agent"}}""",
            RunEvent("subagent_started", "bridge envelope", "no message_id") with { AgentName = "data_agent", ParentAgent = "supervisor_agent" }),
        new("subagent_completed, bridge envelope",
            """{"type":"subagent_completed","run_id":"run_thread_session_1_ab_2_cd","agent_name":"data_agent","thread_id":"thread_1","timestamp":"2025-09-09T07:36:38.535Z","payload":{"parent_agent":"supervisor_agent"}}""",
            RunEvent("subagent_completed", "bridge envelope", "no message_id") with { AgentName = "data_agent", ParentAgent = "supervisor_agent" }),
    ];

    protected override IReadOnlyList<WriteRow> WriteRows { get; } =
    [
        new("user_message: the deployed backend reads payload.content",
            new UserMessageRequest("run_1", "Analyze my AWS costs", null, null, new Dictionary<string, object?>()),
            """{"type":"user_message","payload":{"content":"Analyze my AWS costs","run_id":"run_1"},"timestamp":"2026-11-24T12:00:00.0000000Z","message_id":"msg_golden"}"""),
        new("start_agent: it needs payload.user_request",
            new StartAgentRequest("run_2", "supervisor_agent", "Analyze usage", new Dictionary<string, object?>()),
            """{"type":"start_agent","payload":{"agent_type":"supervisor_agent","user_request":"Analyze usage","run_id":"run_2"},"timestamp":"2026-11-24T12:00:00.0000000Z","message_id":"msg_golden"}"""),
        new("pong for a server ping",
            new PongReply(),
            """{"type":"pong","payload":{},"timestamp":"2026-11-24T12:00:00.0000000Z","message_id":"msg_golden"}"""),
    ];

    private static NetraEvent Event(string type, params string[] notes) => new() { Type = type, Timestamp = At, Raw = "", Notes = notes };

    private static NetraEvent RunEvent(string type, params string[] notes) =>
        Event(type, notes) with { RunId = "run_thread_session_1_ab_2_cd", ThreadIds = ["thread_1"] };
}
