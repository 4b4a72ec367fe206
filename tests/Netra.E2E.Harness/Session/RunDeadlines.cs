namespace Netra.E2E.Harness.Session;

/// <summary>
/// How long a run may take: to its first event (no event at all is an infrastructure failure), in total, and between
/// two events once it has started; and how long its events are still read after the one that ended it.
/// </summary>
public sealed record RunDeadlines(TimeSpan FirstEvent, TimeSpan Total, TimeSpan Inactivity)
{
    public static readonly TimeSpan DefaultGrace = TimeSpan.FromMilliseconds(50);

    public TimeSpan Grace { get; init; } = DefaultGrace;

    public static RunDeadlines Within(TimeSpan total) => new(Min(total, TimeSpan.FromSeconds(15)), total, Min(total, TimeSpan.FromSeconds(30)));

    public static RunDeadlines Seconds(int total) => Within(TimeSpan.FromSeconds(total));

    public RunDeadlines Scaled(double factor) => factor == 1 ? this : new(FirstEvent * factor, Total * factor, Inactivity * factor) { Grace = Grace };

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
