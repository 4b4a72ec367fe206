using static Netra.E2E.Harness.Tests.Contract.ContractRuns;

namespace Netra.E2E.Harness.Tests.Contract;

/// <summary>
/// The deployed supervisor's sub-agents start and complete inside its run: their lifecycle is a warning, and the run
/// still starts and ends with the agent that started it.
/// </summary>
public sealed class SubAgentLifecycleTests
{
    [Fact]
    public void A_sub_agents_own_start_and_completion_inside_the_run_are_a_warning_not_a_violation()
    {
        var events = Valid();
        events.InsertRange(1, [Event(EventNames.AgentStarted, "data_agent"), Event(EventNames.AgentCompleted, "data_agent")]);

        var report = Validate(events);

        report.Violations.Should().BeEmpty();
        report.Warnings.Should().BeEquivalentTo(
            "agent_started of sub-agent 'data_agent' inside the run (read as its lifecycle)",
            "agent_completed of sub-agent 'data_agent' inside the run (read as its lifecycle)");
    }

    [Fact]
    public void A_run_whose_last_completion_is_a_sub_agents_has_not_ended()
    {
        var events = Valid();
        events[4] = Event(EventNames.AgentCompleted, "data_agent");

        Validate(events).Messages().Should().Contain("tool_completed #1 (run run_1): type a run must end with agent_completed or error");
    }

    [Fact]
    public void A_completion_without_an_agent_name_ends_the_run_of_a_named_agent()
    {
        var events = Valid();
        events[4] = events[4] with { AgentName = null };

        Validate(events).Violations.Should().BeEmpty();
    }

    [Fact]
    public void A_run_started_without_an_agent_name_ends_with_whichever_agent_completes_it()
    {
        var events = Valid();
        events[0] = events[0] with { AgentName = null };

        var report = Validate(events);

        report.Violations.Should().BeEmpty();
        report.Warnings.Should().BeEmpty("with no starting agent, no completion is a sub-agent's");
    }
}
