using System.Diagnostics;
using Netra.E2E.Harness.Auth;
using Netra.E2E.Harness.Decision;
using Netra.E2E.Harness.Reporting;
using Netra.E2E.Harness.Settings;
using Netra.E2E.Harness.Tests.Support;
using Netra.E2E.Testing.Fixtures;
using Netra.E2E.Testing.Simulators;
using Netra.E2E.Testing.Time;

namespace Netra.E2E.Harness.Tests.Faults;

/// <summary>The fault matrix against the simulator as it starts by default: the contract's dialect, templated answers.</summary>
public sealed class ContractFaultMatrixTests(ContractFaultyBackend backend) : FaultMatrixTests(backend), IClassFixture<ContractFaultyBackend>;

/// <summary>The same matrix against the deployed backend's dialect and answers worded as a language model words them.</summary>
public sealed class StagingParaphrasedFaultMatrixTests(StagingParaphrasedFaultyBackend backend) : FaultMatrixTests(backend), IClassFixture<StagingParaphrasedFaultyBackend>;

/// <summary>
/// For every way the backend can break, the business-value check that should catch it goes red, with the right class,
/// a message that names the break, within the check's deadline plus a small margin, and leaves no session open. One
/// subclass per simulator configuration, so every row is proved in every dialect.
/// </summary>
public abstract class FaultMatrixTests(FaultyBackend backend)
{
    /// <summary>Catalogue deadlines are staging's (30 s and more); against a local simulator a tenth is plenty.</summary>
    public const double DeadlineScale = 0.1;

    private static readonly TimeSpan ProbeBudget = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(2);

    public static TheoryData<string> Faults => new(FaultMatrix.Cases.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Each_fault_is_caught_with_the_right_class(string name)
    {
        BusinessFailureMessages.Install();
        var fault = FaultMatrix.Cases.Single(c => c.Name == name);
        var secret = TokenIssuer.NewSecret();
        await using var health = fault.HealthFault is null ? null : new KestrelSimulator(secret, new Dictionary<string, string?>(backend.Settings) { ["Simulator:HealthFault"] = fault.HealthFault });
        var deadline = health is null ? TimeSpan.FromSeconds(30) * DeadlineScale : ProbeBudget;

        // A health fault is met by the mode decision itself, so its time counts from the probe.
        var clock = Stopwatch.StartNew();
        var environment = health is null ? backend.Environment : await StrictEnvironmentAsync(health.BaseUrl, secret);
        // A health fault is the simulator's whole state, not a connection's: its sessions ask for none.
        var fixture = BackendFixtures.On(environment, health is null ? new Dictionary<string, string> { [SimulatorBackend.FaultHeader] = fault.Fault } : null);
        var failure = await Record.ExceptionAsync(() => FaultMatrix.Checks[fault.Check](fixture));
        var detection = clock.Elapsed;

        if (fault.Class is null)
        {
            failure.Should().BeNull("'{0}' is a backend that is fine ({1}), and the '{2}' check must pass against it", name, fault.MessageNames, fault.Check);
            return;
        }

        failure.Should().NotBeNull("the fault '{0}' must make the '{1}' check fail", name, fault.Check);
        var (cls, reason) = FailureClassifier.Classify(failure!);
        TestContext.Current.TestOutputHelper!.WriteLine($"{name} | {fault.Check} | {cls} | {detection.TotalMilliseconds:0} ms | {reason}");
        cls.Should().Be(fault.Class, "the verdict class of '{0}' decides who gets paged; message: {1}", name, failure!.Message);
        failure.Message.Should().Contain(fault.MessageNames, "the message must name what broke");
        detection.Should().BeLessThan(deadline + Margin, "the verdict must arrive within the check's deadline plus a margin");
        environment.OpenSessions.Should().Be(0, "every session is closed at the end of its test, whatever happened");
    }

    [Fact]
    public void Every_simulator_fault_has_a_row()
    {
        var covered = FaultMatrix.Cases.Select(c => c.Fault).ToHashSet();

        Enum.GetNames<Netra.E2E.Simulator.Faults.SimulatorFault>().Where(f => f != "None").Should().BeSubsetOf(covered);
    }

    private static async Task<NetraEnvironment> StrictEnvironmentAsync(Uri stagingUrl, string secret)
    {
        var settings = new NetraE2ESettings { Mode = BackendMode.Real, StagingUrl = stagingUrl, ProbeTimeout = ProbeBudget, JwtSecret = secret };
        var decision = await new ModeDecider(new HttpHealthProbe()).DecideAsync(settings, TestContext.Current.CancellationToken);
        return NetraEnvironment.Create(settings, decision);
    }
}

/// <summary>One simulator for the whole matrix, faults chosen per connection, deadlines shrunk.</summary>
public abstract class FaultyBackend(IReadOnlyDictionary<string, string?> settings) : IAsyncLifetime
{
    public NetraEnvironment Environment { get; } = SimulatorBackend.CreateEnvironment(FaultMatrixTests.DeadlineScale, settings);

    /// <summary>The simulator's settings, so a health-fault row starts its own simulator in the same dialect.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; } = settings;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => Environment.DisposeAsync();
}

public sealed class ContractFaultyBackend() : FaultyBackend(new Dictionary<string, string?>());

public sealed class StagingParaphrasedFaultyBackend() : FaultyBackend(new Dictionary<string, string?>
{
    ["Simulator:Dialect"] = "staging",
    ["Simulator:AnswerStyle"] = "paraphrased",
    ["Simulator:Seed"] = "20261125",
});
