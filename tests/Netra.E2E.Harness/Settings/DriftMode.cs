namespace Netra.E2E.Harness.Settings;

/// <summary>NETRA_E2E_DRIFT: what a difference between the simulator's traffic and a test's cassette does.</summary>
public enum DriftMode
{
    /// <summary>Nothing is compared.</summary>
    Off,

    /// <summary>Listed under "Simulator drift" in the run summary; no test fails for it.</summary>
    Report,

    /// <summary>Listed, and every drifted test fails as [drift] (for a nightly job that keeps the simulator true).</summary>
    Fail,
}
