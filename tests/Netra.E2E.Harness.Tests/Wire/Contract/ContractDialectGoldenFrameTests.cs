using Netra.E2E.Harness.Wire;
using Netra.E2E.Harness.Wire.Contract;
using Netra.E2E.Testing.Time;

namespace Netra.E2E.Harness.Tests.Wire.Contract;

/// <summary>The contract's frames, from netra-protocol.md section 3.</summary>
public sealed class ContractDialectGoldenFrameTests : WireDialectGoldenFrameTests
{
    private static readonly DateTimeOffset Sent = new(2026, 11, 24, 12, 0, 1, 500, TimeSpan.Zero);

    protected override IWireDialect Dialect { get; } = new ContractDialect(new FixedTimeProvider(Now), () => MessageId);

    protected override IReadOnlyList<ReadRow> ReadRows { get; } =
    [
        new("greeting",
            """{"type":"connection_established","payload":{"connection_id":"conn_1","user_id":"user_1","server_time":"2026-11-24T12:00:01.500000Z"},"timestamp":"2026-11-24T12:00:01.500000Z","message_id":"msg_1"}""",
            Event("connection_established", "msg_1") with { ConnectionId = "conn_1", UserId = "user_1" }),
        new("agent_started",
            """{"type":"agent_started","payload":{"thread_id":"thread_1","agent_name":"cost_optimizer","run_id":"run_1"},"timestamp":"2026-11-24T12:00:01.500000Z","message_id":"msg_2","run_id":"run_1","thread_id":"thread_1"}""",
            RunEvent("agent_started", "msg_2") with { AgentName = "cost_optimizer" }),
        new("agent_thinking",
            """{"type":"agent_thinking","payload":{"thread_id":"thread_1","agent_name":"cost_optimizer","thought":"Reading AWS billing data","step_number":1,"total_steps":2,"run_id":"run_1"},"timestamp":"2026-11-24T12:00:01.500000Z","message_id":"msg_3","run_id":"run_1","thread_id":"thread_1"}""",
            RunEvent("agent_thinking", "msg_3") with { AgentName = "cost_optimizer", Thought = "Reading AWS billing data", StepNumber = 1, TotalSteps = 2 }),
        new("tool_executing",
            """{"type":"tool_executing","payload":{"thread_id":"thread_1","agent_name":"cost_optimizer","tool_name":"cost_explorer","tool_purpose":"Break down spend by service","run_id":"run_1"},"timestamp":"2026-11-24T12:00:01.500000Z","message_id":"msg_4","run_id":"run_1","thread_id":"thread_1"}""",
            RunEvent("tool_executing", "msg_4") with { AgentName = "cost_optimizer", ToolName = "cost_explorer" }),
        new("tool_completed",
            """{"type":"tool_completed","payload":{"thread_id":"thread_1","agent_name":"cost_optimizer","tool_name":"cost_explorer","result":{"monthly_spend_usd":12000},"run_id":"run_1"},"timestamp":"2026-11-24T12:00:01.500000Z","message_id":"msg_5","run_id":"run_1","thread_id":"thread_1"}""",
            RunEvent("tool_completed", "msg_5") with { AgentName = "cost_optimizer", ToolName = "cost_explorer", ToolResult = """{"monthly_spend_usd":12000}""" }),
        new("subagent_started",
            """{"type":"subagent_started","payload":{"thread_id":"thread_1","agent_name":"unified_data_agent","parent_agent":"supervisor_agent","run_id":"run_1"},"timestamp":"2026-11-24T12:00:01.500000Z","message_id":"msg_6","run_id":"run_1","thread_id":"thread_1"}""",
            RunEvent("subagent_started", "msg_6") with { AgentName = "unified_data_agent", ParentAgent = "supervisor_agent" }),
        new("subagent_completed",
            """{"type":"subagent_completed","payload":{"thread_id":"thread_1","agent_name":"unified_data_agent","parent_agent":"supervisor_agent","run_id":"run_1"},"timestamp":"2026-11-24T12:00:01.500000Z","message_id":"msg_7","run_id":"run_1","thread_id":"thread_1"}""",
            RunEvent("subagent_completed", "msg_7") with { AgentName = "unified_data_agent", ParentAgent = "supervisor_agent" }),
        new("agent_completed",
            """{"type":"agent_completed","payload":{"thread_id":"thread_1","agent_name":"cost_optimizer","duration_ms":42,"result":{"content":"Save $1,080 a month.","recommendations":[{"title":"Right-size EC2","detail":"Move to m7i.","estimated_monthly_savings_usd":1080,"priority":"high"}],"metrics":{"current_monthly_cost_usd":12000},"tools_used":["cost_explorer"]},"run_id":"run_1"},"timestamp":"2026-11-24T12:00:01.500000Z","message_id":"msg_8","run_id":"run_1","thread_id":"thread_1"}""",
            RunEvent("agent_completed", "msg_8") with
            {
                AgentName = "cost_optimizer",
                DurationMs = 42,
                Answer = new AgentAnswer("Save $1,080 a month.", [new Recommendation("Right-size EC2", "Move to m7i.", 1080m, "high")],
                    new Dictionary<string, double> { ["current_monthly_cost_usd"] = 12000 }, ["cost_explorer"]),
            }),
        new("error of a run",
            """{"type":"error","payload":{"code":"AGENT_NOT_FOUND","message":"No agent named 'x'.","run_id":"run_1"},"timestamp":"2026-11-24T12:00:01.500000Z","message_id":"msg_9","run_id":"run_1"}""",
            Event("error", "msg_9") with { RunId = "run_1", ErrorCode = "AGENT_NOT_FOUND", ErrorMessage = "No agent named 'x'." }),
        new("pong",
            """{"type":"pong","payload":{},"timestamp":"2026-11-24T12:00:01.500000Z","message_id":"ping_1"}""",
            Event("pong", "ping_1")),
        new("flat event, tolerated",
            """{"type":"agent_started","run_id":"run_1","thread_id":"thread_1","agent_name":"cost_optimizer","timestamp":"2026-11-24T12:00:01.500000Z","message_id":"msg_10"}""",
            RunEvent("agent_started", "msg_10") with { AgentName = "cost_optimizer", Notes = ["flat event without \"payload\""] }),
        new("not JSON",
            "{not json",
            NetraEvent.Unreadable("{not json", TimeSpan.Zero, "not valid JSON: 'n' is an invalid start of a property name. Expected a '\"'. LineNumber: 0 | BytePositionInLine: 1.")),
    ];

    protected override IReadOnlyList<WriteRow> WriteRows { get; } =
    [
        new("user_message",
            new UserMessageRequest("run_1", "Analyze my AWS costs", "cost_optimizer", "thread_1", new Dictionary<string, object?> { ["monthly_spend"] = 25000 }),
            """{"type":"user_message","payload":{"monthly_spend":25000,"content":"Analyze my AWS costs","agent":"cost_optimizer","thread_id":"thread_1","run_id":"run_1"},"timestamp":"2026-11-24T12:00:00.0000000Z","message_id":"msg_golden"}"""),
        new("user_message without agent or thread",
            new UserMessageRequest("run_2", "Hello", null, null, new Dictionary<string, object?>()),
            """{"type":"user_message","payload":{"content":"Hello","run_id":"run_2"},"timestamp":"2026-11-24T12:00:00.0000000Z","message_id":"msg_golden"}"""),
        new("start_agent",
            new StartAgentRequest("run_3", "unified_data_agent", "Analyze usage", new Dictionary<string, object?> { ["data_sources"] = new[] { "usage_analytics" } }),
            """{"type":"start_agent","payload":{"data_sources":["usage_analytics"],"agent_type":"unified_data_agent","user_request":"Analyze usage","run_id":"run_3"},"timestamp":"2026-11-24T12:00:00.0000000Z","message_id":"msg_golden"}"""),
        new("ping",
            new PingRequest("ping_1"),
            """{"type":"ping","payload":{},"timestamp":"2026-11-24T12:00:00.0000000Z","message_id":"ping_1"}"""),
    ];

    private static NetraEvent Event(string type, string messageId) => new() { Type = type, MessageId = messageId, Timestamp = Sent, Raw = "" };

    private static NetraEvent RunEvent(string type, string messageId) => Event(type, messageId) with { RunId = "run_1", ThreadIds = ["thread_1"] };
}
