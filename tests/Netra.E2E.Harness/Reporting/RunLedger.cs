using System.Collections.Concurrent;
using Netra.E2E.Harness.Auth;
using Netra.E2E.Harness.BusinessValue;
using Netra.E2E.Harness.Session;
using Netra.E2E.Harness.Wire.Messages;

namespace Netra.E2E.Harness.Reporting;

/// <summary>What one agent run of a test delivered, for the run summary.</summary>
public sealed record RunMetrics(string RunId, bool Completed, BusinessValueReport Indicators, TimeSpan TimeToFirstEvent, TimeSpan TimeToEnd);

/// <summary>
/// Keeps, per test, the runs it made and the contract warnings of the whole run, for the run summary. It observes
/// finished runs; the environment owns one, and the platform hook reads it through the run's hand-off.
/// </summary>
public sealed class RunLedger : ISessionObserver
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<RunMetrics>> _runs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _warnings = new(StringComparer.Ordinal);

    public void OnRunFinished(RunTranscript run, TestUser user)
    {
        if (CurrentTestName() is { } test)
        {
            _runs.GetOrAdd(test, _ => new()).Enqueue(new RunMetrics(run.RunId, run.Completed, Indicators.Analyze(run.Answer.Prose), run.TimeToFirstEvent, run.TimeToEnd));
        }
    }

    /// <summary>Counts the tolerated forms of frames outside runs: welcomes, pings, pongs, acks, errors (runs' own are the contract's).</summary>
    public void OnSessionClosed(IReadOnlyList<NetraEvent> received, TestUser user) =>
        AddWarnings(received.Where(e => e.RunId is null || !EventNames.RunEvents.Contains(e.Type))
            .SelectMany(e => e.Notes.Select(note => $"{e.Type}: {note} (tolerated loose form)")));

    public void AddWarnings(IEnumerable<string> warnings)
    {
        foreach (var warning in warnings)
        {
            _warnings.AddOrUpdate(warning, 1, (_, count) => count + 1);
        }
    }

    public IReadOnlyDictionary<string, IReadOnlyList<RunMetrics>> RunsByTest() =>
        _runs.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<RunMetrics>)kv.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>Each warning with how often it was seen (per run for a run's, per frame for a connection's).</summary>
    public IReadOnlyList<string> Warnings() =>
        _warnings.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => w.Value == 1 ? w.Key : $"{w.Key} ×{w.Value}").ToArray();

    private static string? CurrentTestName() => Xunit.TestContext.Current.Test?.TestDisplayName;
}
