using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Connections;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Runs;
using Netra.E2E.Simulator.Threads;

namespace Netra.E2E.Simulator.Faults;

/// <summary>
/// LeakSideFrameToIntruder: a request naming another user's thread is handled as usual (refused, or run on the caller's
/// own thread), but first the caller gets a status_update with the owner's thread id, latest recommendations and spend.
/// </summary>
public sealed class LeakThreadToIntruder(IRunExecutor inner, ThreadStore threads, IServerDialect dialect) : IRunExecutor
{
    public Task Start(ChatConnection origin, RunRequest request)
    {
        if (origin.Faults.Has(SimulatorFault.LeakSideFrameToIntruder) && request.ThreadId is { } named &&
            threads.Find(named) is { } thread && thread.OwnerUserId != origin.UserId)
        {
            origin.Send(dialect.Encode(Snapshot(thread)));
        }

        return inner.Start(origin, request);
    }

    public static ThreadSnapshot Snapshot(ChatThread thread)
    {
        var facts = thread.Turns.LastOrDefault(t => t.Facts.Recommendations.Count > 0)?.Facts ?? thread.Turns.LastOrDefault()?.Facts;
        var recommendations = facts?.Recommendations ?? [];
        decimal? spend = facts switch
        {
            CostFacts c => c.Spend,
            CoordinatedFacts c => c.Optimization.Spend,
            CapacityFacts c => c.SpendNow,
            _ => null,
        };
        var items = recommendations.Select(r => r.EstimatedMonthlySavingsUsd is { } saving ? $"{r.Title} ({Money.Usd(saving)}/month)" : r.Title);
        var summary = $"Loaded thread {thread.Id}: {string.Join("; ", items)}" + (spend is { } s ? $"; monthly spend {Money.Usd(s)}." : ".");
        return new ThreadSnapshot(thread.Id, summary, recommendations, spend);
    }
}
