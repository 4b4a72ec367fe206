namespace Netra.E2E.Harness.Connection.Throttling;

/// <summary>
/// How long runs waited for the run budget: how many asked, how many had to wait, in total and at most; and per test,
/// how much of its time it spent waiting (overlapping waits of its concurrent users counted once).
/// </summary>
public sealed class BudgetWaits
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<(TimeSpan From, TimeSpan To)>> _byTest = new(StringComparer.Ordinal);
    private int _acquired;
    private int _queued;
    private TimeSpan _total;
    private TimeSpan _max;

    /// <param name="test">The test the run belongs to, if known.</param>
    /// <param name="from">When the wait began, on one clock for the process; it ended now, <paramref name="waited"/> later.</param>
    public void Record(string? test, TimeSpan from, TimeSpan waited)
    {
        lock (_lock)
        {
            _acquired++;
            if (waited <= TimeSpan.Zero)
            {
                return;
            }

            _queued++;
            _total += waited;
            _max = waited > _max ? waited : _max;
            if (test is not null)
            {
                (_byTest.TryGetValue(test, out var waits) ? waits : _byTest[test] = []).Add((from, from + waited));
            }
        }
    }

    public BudgetWaitSnapshot Snapshot()
    {
        lock (_lock)
        {
            return new BudgetWaitSnapshot(_acquired, _queued, _total, _max,
                _byTest.ToDictionary(kv => kv.Key, kv => Covered(kv.Value), StringComparer.Ordinal));
        }
    }

    /// <summary>The time covered by at least one of the intervals.</summary>
    private static TimeSpan Covered(IEnumerable<(TimeSpan From, TimeSpan To)> intervals)
    {
        var covered = TimeSpan.Zero;
        var end = TimeSpan.MinValue;
        foreach (var (from, to) in intervals.OrderBy(i => i.From))
        {
            var start = from > end ? from : end;
            covered += to > start ? to - start : TimeSpan.Zero;
            end = to > end ? to : end;
        }

        return covered;
    }
}

/// <summary>The waits so far, at one moment; per test, the time it spent waiting.</summary>
public sealed record BudgetWaitSnapshot(int Acquired, int Queued, TimeSpan Total, TimeSpan Max, IReadOnlyDictionary<string, TimeSpan> ByTest);
