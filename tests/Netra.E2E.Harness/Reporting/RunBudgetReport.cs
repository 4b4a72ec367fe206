using Netra.E2E.Harness.Connection.Throttling;

namespace Netra.E2E.Harness.Reporting;

/// <summary>What the run's pacing was and what it cost: runs that waited for the run budget, in total and at most.</summary>
/// <param name="WaitsByTestMs">Per test that waited, the time it spent waiting (its concurrent users' overlapping waits counted once).</param>
public sealed record RunBudgetReport(int MaxConcurrentRuns, int MessagesPerMinute, int Runs, int RunsThatWaited, double TotalWaitMs, double MaxWaitMs,
    IReadOnlyDictionary<string, double> WaitsByTestMs)
{
    public static RunBudgetReport Of(RunBudget budget, int messagesPerMinute)
    {
        var waits = budget.Waits.Snapshot();
        return new RunBudgetReport(budget.Permits, messagesPerMinute, waits.Acquired, waits.Queued,
            Math.Round(waits.Total.TotalMilliseconds, 1), Math.Round(waits.Max.TotalMilliseconds, 1),
            waits.ByTest.OrderBy(w => w.Key, StringComparer.Ordinal).ToDictionary(w => w.Key, w => Math.Round(w.Value.TotalMilliseconds, 1), StringComparer.Ordinal));
    }
}
