using System.Threading.RateLimiting;
using Netra.E2E.Harness.Session;
using Netra.E2E.Harness.Settings;

namespace Netra.E2E.Harness.Connection.Throttling;

/// <summary>
/// One session's hold on the run budget. The backend runs one request per connection at a time, so a session takes one
/// permit when it sends a run while none of its runs is outstanding, and gives it back when its last outstanding run is
/// collected, fails, times out or is cancelled, or when the session closes: a run nobody waits for holds no permit
/// past its session. A session sending a second run before waiting for the first takes no second permit, so it can
/// never wait on itself. Without a budget, it holds nothing.
/// </summary>
/// <param name="runEndsAt">When the whole run's time cap passes, on <see cref="RunClock"/>: no wait for a permit goes past it.</param>
public sealed class RunBudgetSlot(RunBudget? budget, TimeSpan? runEndsAt) : IDisposable
{
    // Never disposed on purpose: an entry still waiting when the session closes must be able to release it, and a
    // SemaphoreSlim whose wait handle is never asked for holds nothing to free.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA2213", Justification = "See above.")]
    private readonly SemaphoreSlim _entering = new(1, 1);
    private readonly Lock _state = new();
    private readonly HashSet<string> _outstanding = new(StringComparer.Ordinal);
    private RateLimitLease? _lease;
    private bool _closed;

    /// <summary>Whether the session holds a permit now.</summary>
    public bool Holding
    {
        get
        {
            lock (_state)
            {
                return _lease is not null;
            }
        }
    }

    /// <summary>Counts the run as outstanding, waiting for a permit first when the session holds none.</summary>
    public async Task EnterAsync(string runId, CancellationToken cancellationToken)
    {
        await _entering.WaitAsync(cancellationToken);
        try
        {
            lock (_state)
            {
                ObjectDisposedException.ThrowIf(_closed, this);
                if (_lease is not null)
                {
                    _outstanding.Add(runId);
                    return;
                }
            }

            if (budget is null)
            {
                return;
            }

            var deadline = runEndsAt is { } endsAt ? endsAt - RunClock.Elapsed : NetraE2ESettings.DefaultRunTimeCap;
            var lease = await budget.AcquireAsync(deadline, cancellationToken);
            lock (_state)
            {
                if (_closed)
                {
                    lease.Dispose();
                    ObjectDisposedException.ThrowIf(_closed, this);
                }

                _lease = lease;
                _outstanding.Add(runId);
            }
        }
        finally
        {
            _entering.Release();
        }
    }

    /// <summary>Sends a run's request within the budget; if the request never goes out, the run is not outstanding.</summary>
    /// <returns>What the send returns: when the request went out.</returns>
    public async Task<TimeSpan> SendAsync(string runId, Func<Task<TimeSpan>> send, CancellationToken cancellationToken)
    {
        await EnterAsync(runId, cancellationToken);
        try
        {
            return await send();
        }
        catch
        {
            Exit(runId);
            throw;
        }
    }

    /// <summary>The run is over for the session, however it ended; the last one gives the permit back. Unknown runs change nothing.</summary>
    public void Exit(string runId)
    {
        RateLimitLease? release = null;
        lock (_state)
        {
            if (_outstanding.Remove(runId) && _outstanding.Count == 0)
            {
                (release, _lease) = (_lease, null);
            }
        }

        release?.Dispose();
    }

    /// <summary>Exits the run when disposed: for a wait that gives the run up however it ends.</summary>
    public Leave Leaving(string runId) => new(this, runId);

    public void Dispose()
    {
        RateLimitLease? release;
        lock (_state)
        {
            _closed = true;
            _outstanding.Clear();
            (release, _lease) = (_lease, null);
        }

        release?.Dispose();
    }

    public readonly struct Leave(RunBudgetSlot slot, string runId) : IDisposable
    {
        public void Dispose() => slot.Exit(runId);
    }
}
