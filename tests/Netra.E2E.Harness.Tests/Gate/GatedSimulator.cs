using Netra.E2E.Harness.Decision;
using Netra.E2E.Harness.Settings;

namespace Netra.E2E.Harness.Tests.Gate;

/// <summary>An in-process simulator (faults allowed, events paced as asked) behind an environment with these gate settings.</summary>
public static class GatedSimulator
{
    public const string FaultHeader = "X-Netra-Sim-Fault";

    public static NetraEnvironment Create(GateSettings gate, int eventDelayMs = 0, double deadlineScale = 1) => NetraEnvironment.Create(
        new NetraE2ESettings { Mode = BackendMode.Mock, Gate = gate },
        new ModeDecision(BackendMode.Mock, BackendTarget.Simulator, "harness test of the deploy gate", null),
        new Dictionary<string, string?>
        {
            ["Simulator:AllowFaultInjection"] = "true",
            ["Simulator:EventDelayMilliseconds"] = eventDelayMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
        deadlineScale);

    public static Task<NetraSession> ConnectAsync(this NetraEnvironment environment, string label, string? fault = null) => environment.ConnectAsync(
        environment.NewUser(label), TestContext.Current.CancellationToken, fault is null ? null : new Dictionary<string, string> { [FaultHeader] = fault });
}
