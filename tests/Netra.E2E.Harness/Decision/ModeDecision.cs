using Netra.E2E.Harness.Decision;
using Netra.E2E.Harness.Settings;

namespace Netra.E2E.Harness.Decision;

/// <summary>Where the tests of this run go.</summary>
public enum BackendTarget
{
    /// <summary>Real staging, which said it is healthy.</summary>
    Staging,

    /// <summary>The in-process simulated backend.</summary>
    Simulator,

    /// <summary>Strict real mode without a healthy staging: every test fails at once as infrastructure.</summary>
    Unavailable,

    /// <summary>Recorded cassettes, served by the in-process replay host; no network at all.</summary>
    Replay,
}

public sealed record ModeDecision(BackendMode RequestedMode, BackendTarget Target, string Reason, ProbeResult? Probe)
{
    /// <summary>The one line a run prints about where its tests went and why.</summary>
    public string Summary => Target switch
    {
        BackendTarget.Staging => $"Netra.E2E mode: real ({Reason})",
        BackendTarget.Simulator => $"Netra.E2E mode: mock ({Reason})",
        BackendTarget.Replay => $"Netra.E2E mode: replay ({Reason})",
        _ => $"Netra.E2E mode: unavailable, every test fails as infrastructure ({Reason})",
    };

    public override string ToString() => Summary;
}
