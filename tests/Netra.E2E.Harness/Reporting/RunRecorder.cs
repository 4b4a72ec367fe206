using System.Collections.Concurrent;
using Netra.E2E.Harness.Analysis;
using Netra.E2E.Harness.Session;

namespace Netra.E2E.Harness.Reporting;

/// <summary>What one agent run of a test delivered, for the run summary.</summary>
public sealed record RunMetrics(string RunId, bool Completed, BusinessValueReport Indicators, TimeSpan TimeToFirstEvent, TimeSpan TimeToEnd);

/// <summary>
/// Collects, per test, the runs it made and the contract warnings it saw. Sessions record into it as they go; the
/// run summary reads it at the end. Process-wide, because the summary is per process.
/// </summary>
public static class RunRecorder
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<RunMetrics>> s_runs = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, byte> s_warnings = new(StringComparer.Ordinal);

    public static void Record(RunTranscript run, IEnumerable<string> contractWarnings)
    {
        var test = CurrentTestName();
        if (test is not null)
        {
            s_runs.GetOrAdd(test, _ => new()).Enqueue(new RunMetrics(run.RunId, run.Completed, AnswerAnalysis.Analyze(run.AnswerText), run.TimeToFirstEvent, run.TimeToEnd));
        }

        foreach (var warning in contractWarnings)
        {
            s_warnings.TryAdd(warning, 0);
        }
    }

    public static IReadOnlyDictionary<string, IReadOnlyList<RunMetrics>> RunsByTest() =>
        s_runs.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<RunMetrics>)kv.Value.ToArray(), StringComparer.Ordinal);

    public static IReadOnlyList<string> Warnings() => s_warnings.Keys.Order(StringComparer.Ordinal).ToArray();

    private static string? CurrentTestName() => Xunit.TestContext.Current.Test?.TestDisplayName;
}
