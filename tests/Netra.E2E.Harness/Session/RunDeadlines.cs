namespace Netra.E2E.Harness.Session;

/// <summary>
/// How long a run may take: to its first event (no event at all is an infrastructure failure), in total, and between
/// two events once it has started; and how long its events are still read after the one that ended it.
/// </summary>
public sealed record RunDeadlines(TimeSpan FirstEvent, TimeSpan Total, TimeSpan Inactivity)
{
    public static readonly TimeSpan DefaultGrace = TimeSpan.FromMilliseconds(50);

    public TimeSpan Grace { get; init; } = DefaultGrace;

    public static readonly TimeSpan DefaultStall = TimeSpan.FromSeconds(20);

    /// <summary>How long a started run may send nothing but thoughts: a run that thinks aloud forever never completes.</summary>
    public TimeSpan Stall { get; init; } = DefaultStall;

    public static RunDeadlines Within(TimeSpan total) => new(Min(total, TimeSpan.FromSeconds(15)), total, Min(total, TimeSpan.FromSeconds(30)));

    public static RunDeadlines Seconds(int total) => Within(TimeSpan.FromSeconds(total));

    public RunDeadlines Scaled(double factor) => factor == 1 ? this : new(FirstEvent * factor, Total * factor, Inactivity * factor) { Grace = Grace, Stall = Stall * factor };

    /// <summary>
    /// These deadlines, but none past what is left of the whole run's time cap: then the cap is the binding limit and a
    /// run still streaming when it passes is one that never completes.
    /// </summary>
    public RunDeadlines CappedAt(TimeSpan left)
    {
        left = left > TimeSpan.Zero ? left : TimeSpan.Zero;
        return Total <= left ? this : new(Min(FirstEvent, left), left, Min(Inactivity, left)) { Grace = Grace, Stall = Stall, CapReached = true };
    }

    /// <summary>Set when the run's time cap, not the test's own deadline, bounds this run.</summary>
    public bool CapReached { get; init; }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
