using static Netra.E2E.Harness.Tests.Contract.ContractRuns;

namespace Netra.E2E.Harness.Tests.Contract;

/// <summary>Every event of a run carries that run's id, one thread, and the session's own user; the lifecycle events name the thread.</summary>
public sealed class EnvelopeIdentityTests
{
    [Fact]
    public void An_event_of_another_run_is_a_violation()
    {
        var events = Valid();
        events[2] = events[2] with { RunId = "run_2" };

        Validate(events).Messages().Should().Equal("tool_executing #1 (run run_1): run_id must be the run's id 'run_1' (got 'run_2')");
    }

    [Fact]
    public void An_event_without_run_or_thread_ids_between_the_lifecycle_events_is_valid()
    {
        var events = Valid();
        events[1] = events[1] with { RunId = null, ThreadIds = [] };

        Validate(events).Violations.Should().BeEmpty();
    }

    [Fact]
    public void A_completion_that_does_not_name_its_thread_is_a_violation()
    {
        var events = Valid();
        events[4] = events[4] with { ThreadIds = [] };

        Validate(events).Messages().Should().Equal("agent_completed #1 (run run_1): thread_id is required but missing");
    }

    [Fact]
    public void A_payload_naming_another_thread_than_its_envelope_is_a_violation()
    {
        var events = Valid();
        events[3] = events[3] with { ThreadIds = [ThreadId, "thread_2"] };

        Validate(events).Messages().Should().Equal("tool_completed #1 (run run_1): thread_id must stay 'thread_1' for the whole run (got 'thread_2')");
    }

    [Fact]
    public void The_first_thread_a_run_names_is_the_one_it_must_keep()
    {
        var events = Valid();
        events[0] = events[0] with { ThreadIds = ["thread_0"] };

        Validate(events).Violations.Should().HaveCount(4).And.OnlyContain(v => v.Field == "thread_id" && v.Rule == "must stay 'thread_0' for the whole run (got 'thread_1')");
    }

    [Fact]
    public void Events_of_the_sessions_own_user_are_valid_and_without_a_session_user_none_is_foreign()
    {
        var events = Valid().Select(e => e with { UserId = "user_2" }).ToArray();

        Validate(events, userId: "user_2").Violations.Should().BeEmpty();
        Validate(events, userId: null).Violations.Should().BeEmpty();
        Validate(events, userId: User).Violations.Should().HaveCount(5).And.OnlyContain(v => v.Field == "user_id");
    }

    [Fact]
    public void An_unlisted_event_type_is_only_a_warning_whatever_it_carries()
    {
        var events = Valid();
        events.Insert(0, Event("partial_result") with { RunId = "run_2", ThreadIds = ["thread_2"] });
        events.Add(Event("usage_report"));

        var report = Validate(events);

        report.Violations.Should().BeEmpty("an unlisted type neither opens nor closes a run");
        report.Warnings.Should().Equal(
            "unlisted event type 'partial_result' in run run_1 (ignored for ordering)",
            "unlisted event type 'usage_report' in run run_1 (ignored for ordering)");
    }

    [Fact]
    public void The_problems_a_dialect_found_in_an_event_are_violations_of_that_event()
    {
        var events = Valid();
        events[1] = events[1] with { Problems = [new FieldProblem("thought", "is required but missing")] };

        Validate(events).Messages().Should().Equal("agent_thinking #1 (run run_1): thought is required but missing");
    }

    [Fact]
    public void A_malformed_frame_is_one_violation_and_the_run_around_it_is_read_as_if_it_were_not_there()
    {
        var events = Valid();
        events.Insert(0, NetraEvent.Unreadable("{\"type\": ", TimeSpan.Zero, "not valid JSON") with { StepNumber = 0, DurationMs = -1 });

        var report = Validate(events);

        report.Messages().Should().Equal("frame #1 (run run_1): frame must be a JSON object with a string type: not valid JSON");
        report.Warnings.Should().BeEmpty();
    }
}
