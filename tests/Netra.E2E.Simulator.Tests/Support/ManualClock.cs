namespace Netra.E2E.Simulator.Tests.Support;

/// <summary>
/// A clock that moves only when told, with timers that fire when it passes their time: server heartbeats are tested
/// by moving the clock, never by waiting. It starts at the real time, so freshly signed tokens are valid on it.
/// </summary>
public sealed class ManualClock : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private readonly TaskCompletionSource _firstTimer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    /// <summary>Completes when the first timer has been created on this clock.</summary>
    public Task FirstTimer => _firstTimer.Task;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        lock (_gate)
        {
            _timers.Add(timer);
        }

        _firstTimer.TrySetResult();
        return timer;
    }

    /// <summary>Moves time on, firing every timer that falls due on the way, in order.</summary>
    public void Advance(TimeSpan by)
    {
        DateTimeOffset target;
        lock (_gate)
        {
            target = _now + by;
        }

        while (NextDue(target) is { } due)
        {
            lock (_gate)
            {
                _now = due.At;
            }

            due.Timer.Fire();
        }

        lock (_gate)
        {
            _now = target;
        }
    }

    private (ManualTimer Timer, DateTimeOffset At)? NextDue(DateTimeOffset until)
    {
        lock (_gate)
        {
            var due = _timers.Where(t => t.DueAt is { } at && at <= until).OrderBy(t => t.DueAt).FirstOrDefault();
            return due is null ? null : (due, due.DueAt!.Value);
        }
    }

    private void Remove(ManualTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    private sealed class ManualTimer(ManualClock clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period;

        public DateTimeOffset? DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            _period = period;
            DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : clock.GetUtcNow() + dueTime;
            return true;
        }

        public void Fire()
        {
            DueAt = _period is { Ticks: > 0 } && _period != Timeout.InfiniteTimeSpan ? DueAt + _period : null;
            callback(state);
        }

        public void Dispose() => clock.Remove(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
