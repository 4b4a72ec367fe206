using System.Collections.Concurrent;
using Netra.E2E.Harness.Auth;
using Netra.E2E.Harness.BusinessValue;
using Netra.E2E.Harness.Session;

namespace Netra.E2E.Harness.Reporting;

/// <summary>What one agent run of a test delivered, for the run summary.</summary>
public sealed record RunMetrics(string RunId, bool Completed, BusinessValueReport Indicators, TimeSpan TimeToFirstEvent, TimeSpan TimeToEnd);

/// <summary>
/// Keeps, per test, the runs it made and the contract warnings of the whole run, for the run summary. It observes
/// finished runs; the environment owns one, and the platform hook reads it through the run's hand-off.
/// </summary>
public sealed class RunLedger : IRunObserver
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<RunMetrics>> _runs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _warnings = new(StringComparer.Ordinal);

    public void OnRunFinished(RunTranscript run, TestUser user)
    {
        if (CurrentTestName() is { } test)
        {
            _runs.GetOrAdd(test, _ => new()).Enqueue(new RunMetrics(run.RunId, run.Completed, Indicators.Analyze(run.Answer.AllText), run.TimeToFirstEvent, run.TimeToEnd));
        }
    }

    public void AddWarnings(IEnumerable<string> warnings)
    {
        foreach (var warning in warnings)
        {
            _warnings.TryAdd(warning, 0);
        }
    }

    public IReadOnlyDictionary<string, IReadOnlyList<RunMetrics>> RunsByTest() =>
        _runs.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<RunMetrics>)kv.Value.ToArray(), StringComparer.Ordinal);

    public IReadOnlyList<string> Warnings() => _warnings.Keys.Order(StringComparer.Ordinal).ToArray();

    private static string? CurrentTestName() => Xunit.TestContext.Current.Test?.TestDisplayName;
}
