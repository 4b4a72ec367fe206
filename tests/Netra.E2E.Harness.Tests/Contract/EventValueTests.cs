using static Netra.E2E.Harness.Tests.Contract.ContractRuns;

namespace Netra.E2E.Harness.Tests.Contract;

/// <summary>Steps counted from 1 to their total, durations never negative, each message once, time never going backwards.</summary>
public sealed class EventValueTests
{
    private static List<NetraEvent> WithThinking(long? step, long? total)
    {
        var events = Valid();
        events[1] = events[1] with { StepNumber = step, TotalSteps = total };
        return events;
    }

    [Theory]
    [InlineData(1L, 1L)]
    [InlineData(2L, 2L)]
    [InlineData(1L, null)]
    [InlineData(7L, null)]
    [InlineData(null, null)]
    public void Steps_from_one_up_to_their_total_are_valid(long? step, long? total)
    {
        Validate(WithThinking(step, total)).Violations.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0L, 2L, "got 0 of 2")]
    [InlineData(0L, null, "got 0 of ?")]
    [InlineData(-1L, 2L, "got -1 of 2")]
    [InlineData(3L, 2L, "got 3 of 2")]
    public void A_step_outside_one_to_its_total_is_a_violation(long step, long? total, string got)
    {
        Validate(WithThinking(step, total)).Messages().Should().Equal($"agent_thinking #1 (run run_1): step_number must be between 1 and total_steps ({got})");
    }

    [Fact]
    public void A_duration_of_zero_is_valid()
    {
        var events = Valid();
        events[4] = events[4] with { DurationMs = 0 };

        Validate(events).Violations.Should().BeEmpty();
    }

    [Fact]
    public void Events_without_message_ids_or_timestamps_are_no_duplicates_and_no_time_travel()
    {
        ValidateAsIs(Valid()).Violations.Should().BeEmpty();
    }

    [Fact]
    public void A_message_sent_three_times_is_reported_once()
    {
        var events = Valid();
        events.InsertRange(2, [events[1], events[1]]);

        Validate(events.Select(e => e with { MessageId = e.Type == EventNames.AgentThinking ? "dup" : null })).Messages()
            .Should().Equal("agent_thinking #2 (run run_1): message_id 'dup' was already used by agent_thinking #1 (run run_1): the event was sent twice");
    }

    [Fact]
    public void Events_at_the_same_instant_are_in_order()
    {
        var events = Valid().Select(e => e with { Timestamp = At(5) });

        Validate(events).Violations.Should().BeEmpty();
    }

    [Fact]
    public void Every_event_earlier_than_the_latest_before_it_is_a_violation()
    {
        var events = Valid();
        events[1] = events[1] with { Timestamp = At(10) };
        events[2] = events[2] with { Timestamp = At(4) };
        events[3] = events[3] with { Timestamp = At(6) };
        events[4] = events[4] with { Timestamp = At(11) };

        Validate(events).Violations.Select(v => (v.Event, v.Field)).Should().Equal(
            ("tool_executing #1 (run run_1)", "timestamp"), ("tool_completed #1 (run run_1)", "timestamp"));
    }

    [Fact]
    public void Events_without_a_timestamp_do_not_reset_the_clock()
    {
        var events = Valid();
        events[1] = events[1] with { Timestamp = At(10) };
        var asSent = events.Select((e, i) => e with { MessageId = $"m{i}", Timestamp = i switch { 0 => At(0), 1 => At(10), 2 => null, _ => At(3) } });

        ValidateAsIs(asSent).Violations.Select(v => v.Event).Should().Equal("tool_completed #1 (run run_1)", "agent_completed #1 (run run_1)");
    }
}
