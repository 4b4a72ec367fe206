using System.Threading.RateLimiting;
using Netra.E2E.Harness.Session;
using Netra.E2E.Harness.Verdicts;

namespace Netra.E2E.Harness.Connection.Throttling;

/// <summary>
/// How many runs may be in flight against the backend at once, for the whole process (NETRA_E2E_MAX_CONCURRENT_RUNS).
/// A run that finds the budget spent waits its turn, oldest first; it never fails for it. How long runs waited is kept
/// for the run summary.
/// </summary>
public sealed class RunBudget : IDisposable
{
    private readonly ConcurrencyLimiter _limiter;

    public RunBudget(int permits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permits, 1);
        Permits = permits;
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = permits,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    public int Permits { get; }

    public BudgetWaits Waits { get; } = new();

    /// <summary>Permits free right now.</summary>
    public long Available => _limiter.GetStatistics()?.CurrentAvailablePermits ?? 0;

    /// <summary>A permit, once one is free; held until the lease is disposed.</summary>
    /// <param name="deadline">How long to wait at most: the run's time cap, never the run's own deadlines.</param>
    public async Task<RateLimitLease> AcquireAsync(TimeSpan deadline, CancellationToken cancellationToken)
    {
        var test = Xunit.TestContext.Current.Test?.TestDisplayName;
        var now = _limiter.AttemptAcquire();
        if (now.IsAcquired)
        {
            Waits.Record(test, RunClock.Elapsed, TimeSpan.Zero);
            return now;
        }

        now.Dispose();
        var from = RunClock.Elapsed;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(deadline > TimeSpan.Zero ? deadline : TimeSpan.Zero);
        RateLimitLease lease;
        try
        {
            lease = await _limiter.AcquireAsync(1, limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InfrastructureFailureException(
                $"no run could start within {Durations.Text(deadline)}: all {Permits} permits of the run budget ({Settings.GateSettingsReader.MaxConcurrentRunsVariable}) stayed taken");
        }

        Waits.Record(test, from, RunClock.Elapsed - from);
        return lease;
    }

    public void Dispose() => _limiter.Dispose();
}
