using Netra.E2E.Harness.Decision;
using Netra.E2E.Harness.Settings;

namespace Netra.E2E.Harness.Decision;

/// <summary>
/// The decision table: auto uses staging when it is healthy, else the simulator; real uses staging or fails every
/// test as infrastructure; mock never touches the network.
/// </summary>
public sealed class ModeDecider(IHealthProbe probe)
{
    public async Task<ModeDecision> DecideAsync(NetraE2ESettings settings, CancellationToken cancellationToken)
    {
        if (settings.Mode == BackendMode.Replay)
        {
            return new ModeDecision(settings.Mode, BackendTarget.Replay,
                $"NETRA_E2E_MODE=replay: cassettes from {settings.CassetteDirectory}, {(settings.ReplaySpeed == 0 ? "without delays" : $"at {settings.ReplaySpeed:0.##}x the recorded pace")}; staging not contacted", null);
        }

        if (settings.Mode == BackendMode.Mock)
        {
            return new ModeDecision(settings.Mode, BackendTarget.Simulator, "NETRA_E2E_MODE=mock: staging not contacted", null);
        }

        if (settings.StagingUrl is null)
        {
            var notConfigured = ProbeResult.NotConfigured();
            return settings.Mode == BackendMode.Real
                ? new ModeDecision(settings.Mode, BackendTarget.Unavailable, $"NETRA_E2E_MODE=real but {SettingsReader.StagingUrlVariable} is unset", notConfigured)
                : new ModeDecision(settings.Mode, BackendTarget.Simulator, $"no staging configured: {SettingsReader.StagingUrlVariable} is unset", notConfigured);
        }

        var result = await probe.ProbeAsync(settings.StagingUrl, settings.ProbeTimeout, cancellationToken);
        if (result.IsHealthy)
        {
            return new ModeDecision(settings.Mode, BackendTarget.Staging, result.ToString(), result);
        }

        return settings.Mode == BackendMode.Real
            ? new ModeDecision(settings.Mode, BackendTarget.Unavailable, $"NETRA_E2E_MODE=real and {result}", result)
            : new ModeDecision(settings.Mode, BackendTarget.Simulator, result.ToString(), result);
    }
}
