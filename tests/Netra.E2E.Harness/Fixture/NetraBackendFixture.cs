using Xunit;
using Netra.E2E.Harness.Auth;
using Netra.E2E.Harness.Decision;
using Netra.E2E.Harness.Session;

namespace Netra.E2E.Harness.Fixture;

/// <summary>
/// The collection fixture every business-value class takes by constructor: it hands out test users and sessions to
/// staging or to the simulator, whichever the run decided. Test code never branches on the mode.
/// </summary>
public sealed class NetraBackendFixture : IAsyncLifetime
{
    private readonly IReadOnlyDictionary<string, string>? _connectionHeaders;
    private NetraEnvironment? _environment;

    /// <summary>The fixture xUnit creates: the process-wide environment, decided once.</summary>
    public NetraBackendFixture()
    {
    }

    private NetraBackendFixture(NetraEnvironment environment, IReadOnlyDictionary<string, string>? connectionHeaders)
    {
        _environment = environment;
        _connectionHeaders = connectionHeaders;
    }

    /// <summary>A fixture on a given environment, whose sessions all send these handshake headers (harness tests: faults).</summary>
    public static NetraBackendFixture On(NetraEnvironment environment, IReadOnlyDictionary<string, string>? connectionHeaders = null) =>
        new(environment, connectionHeaders);

    public NetraEnvironment Environment => _environment ?? throw new InvalidOperationException("The fixture is not initialised yet.");

    public ModeDecision Decision => Environment.Decision;

    public async ValueTask InitializeAsync() => _environment ??= await NetraEnvironment.SharedAsync();

    /// <summary>The shared environment lives for the whole process; nothing to release per collection.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public TestUser NewUser(string label) => Environment.NewUser(label);

    public async Task<NetraSession> ConnectAsync(TestUser user, CancellationToken cancellationToken)
    {
        var session = await Environment.ConnectAsync(user, cancellationToken, _connectionHeaders);
        TestContext.Current.TestOutputHelper?.WriteLine($"{Decision.Summary}; {user} connected in {session.ConnectLatency.TotalMilliseconds:0} ms");
        return session;
    }

    /// <summary>A new user and its session, in one step.</summary>
    public async Task<NetraSession> ConnectNewUserAsync(string label, CancellationToken cancellationToken) =>
        await ConnectAsync(NewUser(label), cancellationToken);

    /// <summary>Fails at once as infrastructure when the run has no backend, before a test expects a refusal of its own.</summary>
    public void RequireBackend() => Environment.RequireBackend();

    /// <summary>Multi-user checks need distinct accounts; with only a ready staging token they cannot run, and say why.</summary>
    public void RequireDistinctUsers()
    {
        if (Decision.Target == BackendTarget.Staging)
        {
            Assert.SkipUnless(Environment.CanCreateDistinctUsers,
                "Multi-user checks need NETRA_E2E_JWT_SECRET to sign distinct users; only NETRA_E2E_TOKEN is set.");
        }
    }
}
