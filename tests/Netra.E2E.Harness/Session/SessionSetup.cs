using Netra.E2E.Harness.Wire;
using Netra.E2E.Harness.Wire.Contract;

namespace Netra.E2E.Harness.Session;

/// <summary>What a session is opened with besides its socket and user: the wire's dialect, deadlines and observers.</summary>
public sealed record SessionSetup(string Backend, IWireDialect Dialect)
{
    public static readonly TimeSpan DefaultGreetingTimeout = TimeSpan.FromSeconds(10);

    public TimeSpan GreetingTimeout { get; init; } = DefaultGreetingTimeout;

    /// <summary>Multiplies every run deadline; below 1 only where a harness test provokes timeouts on purpose.</summary>
    public double DeadlineScale { get; init; } = 1;

    public IReadOnlyList<ISessionObserver> Observers { get; init; } = [];

    /// <summary>The first-event deadline of every run, when the run's settings name one (NETRA_E2E_FIRST_EVENT_TIMEOUT).</summary>
    public TimeSpan? FirstEventTimeout { get; init; }

    /// <summary>When the whole test run's time cap passes, on <see cref="RunClock"/>; null for no cap.</summary>
    public TimeSpan? RunEndsAt { get; init; }

    /// <summary>How long a run is still read after the event that ended it.</summary>
    public TimeSpan RunGrace { get; init; } = RunDeadlines.DefaultGrace;

    /// <summary>How long a started run may send only thoughts before it counts as stalled (NETRA_E2E_STALL_TIMEOUT).</summary>
    public TimeSpan RunStall { get; init; } = RunDeadlines.DefaultStall;

    /// <summary>How long a ping may take to be answered when a run did not start, before the backend counts as silent.</summary>
    public TimeSpan PongTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The run's causes that decide the rest of it; a session on its own gets its own.</summary>
    public Verdicts.RunBreaker Breaker { get; init; } = new();

    public IReadOnlyList<IFrameObserver> FrameObservers { get; init; } = [];

    /// <summary>The backend's own error behind a session that dropped, when the backend can tell (the in-process simulator can).</summary>
    public Func<string, Exception?> ServerErrorFor { get; init; } = _ => null;

    public Action? OnDisposed { get; init; }

    /// <summary>The run budget this session's runs draw on (process-wide); null for none.</summary>
    public Connection.Throttling.RunBudget? RunBudget { get; init; }

    /// <summary>The pace of this session's messages, its own (per connection); null for none.</summary>
    public Connection.Throttling.MessageRate? MessageRate { get; init; }

    /// <summary>The contract's dialect and nothing else: for tests that open a socket themselves.</summary>
    public static SessionSetup Plain(string backend) => new(backend, new ContractDialect());

    /// <summary>A test's deadlines as this run applies them: its grace and first-event settings, its scale, its time cap.</summary>
    public RunDeadlines Apply(RunDeadlines deadlines)
    {
        deadlines = deadlines with { Grace = RunGrace, Stall = RunStall };
        if (FirstEventTimeout is { } firstEvent)
        {
            deadlines = deadlines with { FirstEvent = firstEvent < deadlines.Total ? firstEvent : deadlines.Total };
        }

        deadlines = deadlines.Scaled(DeadlineScale);
        return RunEndsAt is { } endsAt ? deadlines.CappedAt(endsAt - RunClock.Elapsed) : deadlines;
    }
}
