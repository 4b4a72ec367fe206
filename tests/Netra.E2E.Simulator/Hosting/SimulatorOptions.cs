using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Wording;

namespace Netra.E2E.Simulator.Hosting;

/// <summary>Settings of the simulated backend, bound from the "Simulator" configuration section.</summary>
public sealed class SimulatorOptions
{
    public const string SectionName = "Simulator";

    /// <summary>The wire form the simulator speaks; chosen once at start-up.</summary>
    public DialectName Dialect { get; set; } = DialectName.Contract;

    /// <summary>How answers are worded: the same words every run, or seeded paraphrases.</summary>
    public AnswerStyle AnswerStyle { get; set; } = AnswerStyle.Templated;

    /// <summary>Picks the paraphrases (with a per-run counter); unset, a random seed is chosen at start-up and reported.</summary>
    public int? Seed { get; set; }

    /// <summary>Seconds between the server's own pings, in dialects that send them (staging); the contract sends none.</summary>
    public int HeartbeatSeconds { get; set; } = 25;

    /// <summary>Pause between two events of a run; 0 streams as fast as the socket takes them.</summary>
    public int EventDelayMilliseconds { get; set; }

    /// <summary>Largest client frame accepted; unset, the dialect's own (contract 64 KiB, staging 8,192 bytes).</summary>
    public int? MaxFrameBytes { get; set; }

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
