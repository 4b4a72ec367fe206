using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Connections;
using Netra.E2E.Simulator.Runs;

namespace Netra.E2E.Simulator.Faults;

/// <summary>The monthly spends callers stated, latest last: what LeakPreviousCallersSpend repeats to the next caller.</summary>
public sealed class StatedSpends
{
    private const int Kept = 64;
    private readonly Lock _gate = new();
    private readonly List<(string UserId, decimal Spend)> _latest = [];

    public void Record(string userId, decimal spend)
    {
        lock (_gate)
        {
            _latest.Add((userId, spend));
            if (_latest.Count > Kept)
            {
                _latest.RemoveAt(0);
            }
        }
    }

    /// <summary>The spend the latest caller other than this user stated, if any did.</summary>
    public decimal? LatestNotBy(string userId)
    {
        lock (_gate)
        {
            for (var i = _latest.Count - 1; i >= 0; i--)
            {
                if (_latest[i].UserId != userId)
                {
                    return _latest[i].Spend;
                }
            }

            return null;
        }
    }
}

/// <summary>Notes each request's stated spend before its run starts, whatever its connection's faults; sends nothing.</summary>
public sealed class RecordStatedSpends(IRunExecutor inner, StatedSpends spends) : IRunExecutor
{
    public Task Start(ChatConnection origin, RunRequest request)
    {
        if (StatedSpend(request) is { } spend)
        {
            spends.Record(origin.UserId, spend);
        }

        return inner.Start(origin, request);
    }

    private static decimal? StatedSpend(RunRequest request)
    {
        try
        {
            return RequestProfile.From(request.Text, request.Parameters).MonthlySpend;
        }
        catch (UnusableRequestException)
        {
            return null;
        }
    }
}
