using Netra.E2E.Harness.Contract;

namespace Netra.E2E.Harness.Tests.Contract;

/// <summary>
/// Runs as a dialect normalises them, for the contract's rules: every event typed, with its run, thread, message id and
/// a timestamp one second after the one before, unless a test says otherwise.
/// </summary>
internal static class ContractRuns
{
    public const string Run = "run_1";
    public const string ThreadId = "thread_1";
    public const string User = "user_1";
    public const string Agent = "cost_optimizer";

    private static readonly DateTimeOffset Start = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The five mandatory events of a successful run, in order.</summary>
    public static List<NetraEvent> Valid() =>
    [
        Event(EventNames.AgentStarted),
        Event(EventNames.AgentThinking) with { Thought = "Reading bills", StepNumber = 1, TotalSteps = 2 },
        Event(EventNames.ToolExecuting) with { ToolName = "cost_explorer" },
        Event(EventNames.ToolCompleted) with { ToolName = "cost_explorer", ToolResult = "{}" },
        Event(EventNames.AgentCompleted) with { DurationMs = 12 },
    ];

    public static NetraEvent Event(string type, string agent = Agent) =>
        new() { Type = type, RunId = Run, ThreadIds = [ThreadId], AgentName = agent, Raw = $$"""{"type":"{{type}}"}""" };

    /// <summary>Gives each event a distinct message id and a timestamp a second after the previous one's.</summary>
    public static ContractReport Validate(IEnumerable<NetraEvent> events, string? userId = User) =>
        EventContract.Validate(Transcript(events.Select((e, i) => e with { MessageId = e.MessageId ?? $"m{i}", Timestamp = e.Timestamp ?? Start.AddSeconds(i) })), userId);

    /// <summary>The events as they are: no message id or timestamp added.</summary>
    public static ContractReport ValidateAsIs(IEnumerable<NetraEvent> events, string? userId = User) => EventContract.Validate(Transcript(events), userId);

    public static DateTimeOffset At(int second) => Start.AddSeconds(second);

    public static IReadOnlyList<string> Messages(this ContractReport report) => report.Violations.Select(v => v.ToString()).ToArray();

    private static RunTranscript Transcript(IEnumerable<NetraEvent> events) => new(Run, events.ToArray(), TimeSpan.Zero, TimeSpan.Zero);
}
