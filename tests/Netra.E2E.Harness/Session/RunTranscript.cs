using Netra.E2E.Harness.Wire.Messages;

namespace Netra.E2E.Harness.Session;

/// <summary>Every event of one run, in arrival order, up to the one that ended it.</summary>
public sealed class RunTranscript(string runId, IReadOnlyList<NetraEvent> events, TimeSpan timeToFirstEvent, TimeSpan timeToEnd)
{
    public string RunId { get; } = runId;
    public IReadOnlyList<NetraEvent> Events { get; } = events;
    public TimeSpan TimeToFirstEvent { get; } = timeToFirstEvent;
    public TimeSpan TimeToEnd { get; } = timeToEnd;

    public NetraEvent? Completion => Events.LastOrDefault(e => e.Type == EventNames.AgentCompleted);
    public NetraEvent? Error => Events.LastOrDefault(e => e.Type == EventNames.Error);
    public bool Completed => Completion is not null;

    public IReadOnlyList<string> Types => Events.Select(e => e.Type).ToArray();
    public int Count(string type) => Events.Count(e => e.Type == type);
    public IEnumerable<NetraEvent> OfType(string type) => Events.Where(e => e.Type == type);
    public IReadOnlyList<string> AgentNames => Events.Select(e => e.AgentName).OfType<string>().Distinct().ToArray();
    public string? ThreadId => Events.Select(e => e.ThreadId).FirstOrDefault(t => t is not null);

    /// <summary>The business value the run delivered; empty when it did not complete.</summary>
    public AgentAnswer Answer => Completion?.Answer ?? AgentAnswer.None;

    /// <summary>The answer's prose.</summary>
    public string Content => Answer.Content;

    public string Describe() => $"run {RunId}: {string.Join(", ", Types)}";
}
