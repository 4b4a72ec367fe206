using Netra.E2E.Harness.Running;
using Netra.E2E.Harness.Verdicts;

namespace Netra.E2E.Harness.Reporting.Loop;

/// <summary>Groups a run's results back by test and by iteration (names carry "[iteration k/n]"), with the runs each made.</summary>
public static class LoopReportBuilder
{
    public static LoopReport Build(RunSummary summary, IReadOnlyDictionary<string, IReadOnlyList<RunMetrics>> runsByTest, double? minPassRate)
    {
        var results = summary.Tests.Select(t => (Result: t, Name: IterationName.Parse(t.Name))).ToArray();
        var failureClasses = summary.Failures.ToLookup(f => IterationName.Parse(f.Test).Test, f => f.Class, StringComparer.Ordinal);
        var runs = runsByTest.SelectMany(kv => kv.Value.Select(run => (Test: IterationName.Parse(kv.Key).Test, Run: run))).ToLookup(r => r.Test, r => r.Run, StringComparer.Ordinal);
        var allRuns = runsByTest.Values.SelectMany(r => r).ToArray();

        var tests = results.GroupBy(r => r.Name.Test, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Test(g.Key, g.Select(r => r.Result.Outcome).ToArray(), failureClasses[g.Key].ToArray(), runs[g.Key].ToArray()))
            .ToArray();
        var iterations = results.Length == 0 ? 1 : results.Max(r => r.Name.Iterations);
        var perIteration = Enumerable.Range(1, iterations)
            .Select(i => Iteration(i, results.Where(r => r.Name.Iteration == i).Select(r => r.Result.Outcome).ToArray()))
            .ToArray();

        var loop = new LoopReport
        {
            Iterations = iterations,
            Collected = results.Length,
            Executed = results.Count(r => r.Result.Outcome != TestOutcome.Skipped),
            Passed = results.Count(r => r.Result.Outcome == TestOutcome.Passed),
            FirstEventP95Ms = Percentile.Of(allRuns.Select(r => r.TimeToFirstEvent.TotalMilliseconds), 0.95),
            CompletionP95Ms = Percentile.Of(allRuns.Select(r => r.TimeToEnd.TotalMilliseconds), 0.95),
            PerIteration = perIteration,
            Tests = tests,
        };
        return minPassRate is { } min ? loop with { Gate = new GateVerdict(min, loop.PassRate, loop.Passed, loop.Executed) } : loop;
    }

    private static TestLoopStats Test(string name, TestOutcome[] outcomes, FailureClass[] failures, RunMetrics[] runs) => new(
        name,
        outcomes.Length,
        outcomes.Count(o => o == TestOutcome.Passed),
        outcomes.Count(o => o == TestOutcome.Failed),
        outcomes.Count(o => o == TestOutcome.Skipped),
        failures.Count(c => c == FailureClass.Business),
        failures.Count(c => c == FailureClass.Infrastructure),
        runs.Length,
        Percentile.Of(runs.Select(r => r.TimeToFirstEvent.TotalMilliseconds), 0.5),
        Percentile.Of(runs.Select(r => r.TimeToFirstEvent.TotalMilliseconds), 0.95),
        Percentile.Of(runs.Select(r => r.TimeToEnd.TotalMilliseconds), 0.5),
        Percentile.Of(runs.Select(r => r.TimeToEnd.TotalMilliseconds), 0.95));

    private static IterationStats Iteration(int iteration, TestOutcome[] outcomes) => new(
        iteration,
        outcomes.Length,
        outcomes.Count(o => o != TestOutcome.Skipped),
        outcomes.Count(o => o == TestOutcome.Passed),
        outcomes.Count(o => o == TestOutcome.Failed),
        outcomes.Count(o => o == TestOutcome.Skipped));
}
