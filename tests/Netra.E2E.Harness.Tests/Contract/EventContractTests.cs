using System.Text.Json.Nodes;
using Netra.E2E.Harness.Contract;
using Netra.E2E.Harness.Wire.Contract;

namespace Netra.E2E.Harness.Tests.Contract;

/// <summary>Each kind of contract violation is caught, with a message naming the event, the field and the rule.</summary>
public sealed class EventContractTests
{
    private const string Run = "run_1";
    private const string Thread = "thread_1";
    private static readonly ContractDialect Dialect = new();

    private static JsonObject Frame(string type, JsonObject payload, int second, bool withThread = true)
    {
        payload["run_id"] ??= Run;
        if (withThread)
        {
            payload["thread_id"] ??= Thread;
        }

        return new JsonObject
        {
            ["type"] = type,
            ["payload"] = payload,
            ["timestamp"] = new DateTimeOffset(2026, 11, 24, 12, 0, second, TimeSpan.Zero).ToString("O"),
            ["message_id"] = $"m{second}",
            ["run_id"] = Run,
        };
    }

    private static List<JsonObject> ValidRun() =>
    [
        Frame("agent_started", new() { ["agent_name"] = "cost_optimizer" }, 1),
        Frame("agent_thinking", new() { ["agent_name"] = "cost_optimizer", ["thought"] = "Reading bills", ["step_number"] = 1, ["total_steps"] = 1 }, 2),
        Frame("tool_executing", new() { ["agent_name"] = "cost_optimizer", ["tool_name"] = "cost_explorer" }, 3),
        Frame("tool_completed", new() { ["agent_name"] = "cost_optimizer", ["tool_name"] = "cost_explorer", ["result"] = new JsonObject { ["ok"] = true } }, 4),
        Frame("agent_completed", new() { ["agent_name"] = "cost_optimizer", ["duration_ms"] = 12, ["result"] = new JsonObject { ["content"] = "Save $100" } }, 5),
    ];

    private static ContractReport Validate(IEnumerable<JsonObject> frames) => Validate(frames.Select(f => f.ToJsonString()));

    private static ContractReport Validate(IEnumerable<string> raw) =>
        EventContract.Validate(new RunTranscript(Run, raw.Select(r => Dialect.Read(r, TimeSpan.Zero)).ToArray(), TimeSpan.Zero, TimeSpan.Zero), "user_1");

    [Fact]
    public void A_correct_run_passes()
    {
        var report = Validate(ValidRun());

        report.Violations.Should().BeEmpty();
        report.Warnings.Should().BeEmpty();
    }

    public static TheoryData<string, string> Violations => new()
    {
        { "missing-field", "agent_thinking #1 (run run_1): thought is required but missing" },
        { "wrong-type", "tool_completed #1 (run run_1): result must be an object (got string)" },
        { "empty-thought", "agent_thinking #1 (run run_1): thought must be a non-empty string" },
        { "started-not-first", "agent_thinking #1 (run run_1): type agent_started must be the first event of a run" },
        { "completion-not-last", "agent_completed #1 (run run_1): type must be the last event of its run, but more events followed" },
        { "missing-mandatory", "run run_1: tool_executing is mandatory in every successful run but never arrived" },
        { "orphan-tool", "tool_completed #1 (run run_1): tool_name 'ghost' completed without an earlier tool_executing of that tool" },
        { "unfinished-tool", "tool_executing of 'slow_tool': tool_name started 1 time(s) without a tool_completed before agent_completed" },
        { "thread-changes", "tool_executing #1 (run run_1): thread_id must stay 'thread_1' for the whole run (got 'thread_2')" },
        { "foreign-user", "agent_thinking #1 (run run_1): user_id must be the session's user 'user_1' (got 'user_2': another user's event reached this session)" },
        { "bad-timestamp", "tool_executing #1 (run run_1): timestamp must parse as ISO-8601 (got 'yesterday')" },
        { "time-backwards", "tool_completed #1 (run run_1): timestamp must never go backwards" },
        { "missing-thread", "agent_started #1 (run run_1): thread_id is required but missing" },
        { "malformed-frame", "frame #1 (run run_1): frame must be a JSON object with a string type: not valid JSON" },
        { "no-message-id", "agent_completed #1 (run run_1): message_id is required but missing" },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void Each_violation_is_caught_with_a_precise_message(string kind, string expected)
    {
        var frames = ValidRun();
        var raw = (IEnumerable<string>?)null;
        switch (kind)
        {
            case "missing-field": frames[1]["payload"]!.AsObject().Remove("thought"); break;
            case "wrong-type": frames[3]["payload"]!["result"] = "done"; break;
            case "empty-thought": frames[1]["payload"]!["thought"] = " "; break;
            case "started-not-first": (frames[0], frames[1]) = (frames[1], frames[0]); break;
            case "completion-not-last": frames.Insert(3, frames[4].DeepClone().AsObject()); break;
            case "missing-mandatory": frames.RemoveAt(2); frames.RemoveAt(2); break;
            case "orphan-tool": frames.Insert(2, Frame("tool_completed", new() { ["agent_name"] = "cost_optimizer", ["tool_name"] = "ghost", ["result"] = new JsonObject() }, 3)); break;
            case "unfinished-tool": frames.Insert(4, Frame("tool_executing", new() { ["agent_name"] = "cost_optimizer", ["tool_name"] = "slow_tool" }, 4)); break;
            case "thread-changes": frames[2]["payload"]!["thread_id"] = "thread_2"; break;
            case "foreign-user": frames[1]["payload"]!["user_id"] = "user_2"; break;
            case "bad-timestamp": frames[2]["timestamp"] = "yesterday"; break;
            case "time-backwards": frames[3]["timestamp"] = "2026-11-24T11:00:00Z"; break;
            case "missing-thread": frames[0] = Frame("agent_started", new() { ["agent_name"] = "cost_optimizer" }, 1, withThread: false); break;
            case "malformed-frame": raw = frames.Select(f => f.ToJsonString()).Prepend("{\"type\": \"agent_thinking\", "); break;
            case "no-message-id": frames[4].Remove("message_id"); break;
        }

        var report = raw is null ? Validate(frames) : Validate(raw);

        report.IsValid.Should().BeFalse();
        report.Violations.Select(v => v.ToString()).Should().Contain(v => v.StartsWith(expected, StringComparison.Ordinal),
            "the message must name the event, the field and the rule; got: {0}", string.Join(" | ", report.Violations));
    }

    [Fact]
    public void Loose_staging_forms_and_unlisted_types_are_warnings_not_failures()
    {
        var frames = ValidRun();
        frames[1] = new JsonObject { ["event"] = "agent_thinking", ["run_id"] = Run, ["agent_name"] = "cost_optimizer", ["thought"] = "flat", ["step_number"] = 1, ["total_steps"] = 2, ["timestamp"] = 1795521602, ["message_id"] = "x" };
        frames.Insert(2, Frame("partial_result", new() { ["text"] = "half" }, 2));
        var completion = frames[^1];
        completion["data"] = completion["payload"]!.DeepClone();
        completion.Remove("payload");
        completion["data"]!["response"] = completion["data"]!["result"]!.DeepClone();
        completion["data"]!.AsObject().Remove("result");

        var report = Validate(frames);

        report.Violations.Should().BeEmpty();
        report.Warnings.Should().Contain(w => w.Contains("\"event\" instead of \"type\"", StringComparison.Ordinal))
            .And.Contain(w => w.Contains("flat event", StringComparison.Ordinal))
            .And.Contain(w => w.Contains("numeric epoch timestamp", StringComparison.Ordinal))
            .And.Contain(w => w.Contains("\"data\" instead of \"payload\"", StringComparison.Ordinal))
            .And.Contain(w => w.Contains("\"response\" instead of \"result\"", StringComparison.Ordinal))
            .And.Contain(w => w.Contains("unlisted event type 'partial_result'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_run_that_ends_in_one_error_is_valid()
    {
        var report = Validate([Frame("error", new() { ["code"] = "AGENT_NOT_FOUND", ["message"] = "no such agent" }, 1)]);

        report.Violations.Should().BeEmpty();
    }

    [Theory]
    [InlineData("1e300")]
    [InlineData("-1e300")]
    [InlineData("\"not a time\"")]
    public void A_timestamp_that_cannot_be_a_time_is_a_violation_not_a_crash(string timestamp)
    {
        var frames = ValidRun();
        frames[1]["timestamp"] = JsonNode.Parse(timestamp);

        var report = Validate(frames);

        report.Violations.Should().ContainSingle(v => v.Field == "timestamp").Which.Rule.Should().StartWith("must parse");
    }

    [Fact]
    public void An_event_sent_twice_is_a_violation()
    {
        var frames = ValidRun();
        frames.Insert(2, (JsonObject)frames[1].DeepClone());

        Validate(frames).Violations.Select(v => v.ToString()).Should().Contain(v => v.Contains("message_id 'm2' was already used", StringComparison.Ordinal));
    }

    [Fact]
    public void A_step_beyond_its_total_is_a_violation()
    {
        var frames = ValidRun();
        frames[1]["payload"]!["step_number"] = 99;

        Validate(frames).Violations.Select(v => v.ToString()).Should().Contain("agent_thinking #1 (run run_1): step_number must be between 1 and total_steps (got 99 of 1)");
    }

    [Fact]
    public void A_negative_duration_is_a_violation()
    {
        var frames = ValidRun();
        frames[4]["payload"]!["duration_ms"] = -5;

        Validate(frames).Violations.Select(v => v.ToString()).Should().Contain("agent_completed #1 (run run_1): duration_ms must not be negative (got -5)");
    }

    [Fact]
    public void Anything_after_the_completion_is_a_violation()
    {
        var frames = ValidRun();
        frames.Add(Frame("agent_completed", new() { ["agent_name"] = "cost_optimizer", ["duration_ms"] = 13, ["result"] = new JsonObject { ["content"] = "again" } }, 6));

        Validate(frames).Violations.Select(v => v.ToString()).Should().Contain("agent_completed #1 (run run_1): type must be the last event of its run, but more events followed");
    }
}
