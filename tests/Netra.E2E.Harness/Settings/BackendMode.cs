namespace Netra.E2E.Harness.Settings;

/// <summary>
/// NETRA_E2E_MODE: auto falls back to the simulator, real never does, mock never touches the network, replay serves
/// recorded cassettes (NETRA_E2E_CASSETTES) from an in-process host and probes nothing.
/// </summary>
public enum BackendMode
{
    Auto,
    Real,
    Mock,
    Replay,
}
