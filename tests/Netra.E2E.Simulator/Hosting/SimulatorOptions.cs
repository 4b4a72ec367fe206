using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Faults;

namespace Netra.E2E.Simulator.Hosting;

/// <summary>Settings of the simulated backend, bound from the "Simulator" configuration section.</summary>
public sealed class SimulatorOptions
{
    public const string SectionName = "Simulator";

    /// <summary>The wire form the simulator speaks; chosen once at start-up.</summary>
    public DialectName Dialect { get; set; } = DialectName.Contract;

    /// <summary>Pause between two events of a run; 0 streams as fast as the socket takes them.</summary>
    public int EventDelayMilliseconds { get; set; }

    /// <summary>Largest client frame accepted; the protocol sets 64 KiB.</summary>
    public int MaxFrameBytes { get; set; } = 64 * 1024;

    /// <summary>Lets a connection ask for a fault (harness tests only); never on by default.</summary>
    public bool AllowFaultInjection { get; set; }

    /// <summary>Faults every connection gets (names as in X-Netra-Sim-Fault), for a simulator started to misbehave whole.</summary>
    public string? Faults { get; set; }

    /// <summary>Makes /health misbehave (only with fault injection allowed).</summary>
    public HealthFault HealthFault { get; set; } = HealthFault.None;

    /// <summary>Stops the whole simulator when this many runs have started: a backend lost mid-run.</summary>
    public int? CrashAfterRuns { get; set; }

    public TimeSpan EventDelay => TimeSpan.FromMilliseconds(Math.Max(0, EventDelayMilliseconds));
}
