using Netra.E2E.Harness.Decision;
using Netra.E2E.Harness.Fixture;
using Netra.E2E.Harness.Session;
using Netra.E2E.Harness.Settings;
using Xunit;

namespace Netra.E2E.Testing.Simulators;

/// <summary>
/// A private in-process simulator for harness tests, with fault injection allowed: each test class gets its own,
/// so a faulty session never touches the business-value suite's backend.
/// </summary>
public sealed class SimulatorBackend : IAsyncLifetime
{
    public const string FaultHeader = "X-Netra-Sim-Fault";

    public NetraEnvironment Environment { get; } = CreateEnvironment();

    /// <summary>
    /// An in-process simulator with fault injection allowed, in a dialect and answer style of the caller's choice; a
    /// deadline scale below 1 shortens provoked timeouts.
    /// </summary>
    public static NetraEnvironment CreateEnvironment(double deadlineScale = 1, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Simulator:AllowFaultInjection"] = "true" };
        return NetraEnvironment.Create(
            new NetraE2ESettings { Mode = BackendMode.Mock },
            new ModeDecision(BackendMode.Mock, BackendTarget.Simulator, "harness test", null),
            all,
            deadlineScale);
    }

    public Task<NetraSession> ConnectAsync(string label, string? fault = null) => Environment.ConnectAsync(
        Environment.NewUser(label),
        TestContext.Current.CancellationToken,
        fault is null ? null : new Dictionary<string, string> { [FaultHeader] = fault });

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => Environment.DisposeAsync();
}
