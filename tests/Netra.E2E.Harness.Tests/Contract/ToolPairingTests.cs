using static Netra.E2E.Harness.Tests.Contract.ContractRuns;

namespace Netra.E2E.Harness.Tests.Contract;

/// <summary>Each tool_completed answers an earlier tool_executing of the same agent's same tool; none is left running at the end.</summary>
public sealed class ToolPairingTests
{
    private static NetraEvent Executing(string tool, string agent = Agent) => Event(EventNames.ToolExecuting, agent) with { ToolName = tool };

    private static NetraEvent Completing(string tool, string agent = Agent) => Event(EventNames.ToolCompleted, agent) with { ToolName = tool, ToolResult = "{}" };

    private static List<NetraEvent> RunWithTools(params NetraEvent[] tools) =>
        [Event(EventNames.AgentStarted), Event(EventNames.AgentThinking) with { Thought = "Planning" }, .. tools, Event(EventNames.AgentCompleted)];

    [Fact]
    public void A_tool_used_twice_in_turn_or_at_once_is_valid()
    {
        var report = Validate(RunWithTools(
            Executing("cost_explorer"), Completing("cost_explorer"),
            Executing("cost_explorer"), Executing("cost_explorer"), Completing("cost_explorer"), Completing("cost_explorer")));

        report.Violations.Should().BeEmpty();
    }

    [Fact]
    public void A_second_completion_of_a_tool_started_once_is_a_violation()
    {
        var report = Validate(RunWithTools(Executing("cost_explorer"), Completing("cost_explorer"), Completing("cost_explorer")));

        report.Messages().Should().Equal("tool_completed #2 (run run_1): tool_name 'cost_explorer' completed without an earlier tool_executing of that tool");
    }

    [Fact]
    public void A_tool_another_agent_started_is_not_this_agents_to_complete()
    {
        var report = Validate(RunWithTools(Executing("cost_explorer", "data_agent"), Completing("cost_explorer"), Completing("cost_explorer", "data_agent")));

        report.Messages().Should().Equal("tool_completed #1 (run run_1): tool_name 'cost_explorer' completed without an earlier tool_executing of that tool");
    }

    [Fact]
    public void Every_start_left_without_its_completion_is_counted()
    {
        var report = Validate(RunWithTools(Executing("cost_explorer"), Executing("cost_explorer"), Executing("usage_reader"), Completing("usage_reader")));

        report.Messages().Should().Equal("tool_executing of 'cost_explorer': tool_name started 2 time(s) without a tool_completed before agent_completed");
    }
}
