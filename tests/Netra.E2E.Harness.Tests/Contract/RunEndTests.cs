using static Netra.E2E.Harness.Tests.Contract.ContractRuns;

namespace Netra.E2E.Harness.Tests.Contract;

/// <summary>How a run may end: with agent_completed after the five mandatory events, or with one error, and nothing after.</summary>
public sealed class RunEndTests
{
    [Fact]
    public void A_run_that_stops_before_its_completion_is_a_violation()
    {
        var events = Valid();
        events.RemoveAt(4);

        Validate(events).Messages().Should().ContainSingle()
            .Which.Should().Be("tool_completed #1 (run run_1): type a run must end with agent_completed or error");
    }

    [Fact]
    public void A_run_that_fails_with_an_error_after_it_started_is_valid_without_the_other_mandatory_events()
    {
        var report = Validate([Event(EventNames.AgentStarted), Event(EventNames.ToolExecuting) with { ToolName = "cost_explorer" }, Event(EventNames.Error)]);

        report.Violations.Should().BeEmpty("a run that fails ends with its error; a tool it left running and the events it never sent are no breach");
    }

    [Fact]
    public void A_run_that_cannot_proceed_ends_with_exactly_one_error()
    {
        var report = Validate([Event(EventNames.Error), Event(EventNames.Error)]);

        report.Messages().Should().Equal("error #2 (run run_1): type a run that cannot proceed ends with exactly one error");
    }

    [Fact]
    public void A_run_without_events_has_nothing_to_break()
    {
        var report = Validate([]);

        report.IsValid.Should().BeTrue();
        report.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void An_error_before_more_events_is_a_violation()
    {
        var events = Valid();
        events.Insert(2, Event(EventNames.Error));

        Validate(events).Messages().Should().Equal("error #1 (run run_1): type must be the last event of its run, but more events followed");
    }

    [Fact]
    public void A_successful_run_names_every_mandatory_event_it_lacked()
    {
        var report = Validate([Event(EventNames.AgentStarted), Event(EventNames.AgentCompleted)]);

        report.Messages().Should().BeEquivalentTo(
            "run run_1: agent_thinking is mandatory in every successful run but never arrived",
            "run run_1: tool_executing is mandatory in every successful run but never arrived",
            "run run_1: tool_completed is mandatory in every successful run but never arrived");
    }
}
