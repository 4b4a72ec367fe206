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
    private NetraEnvironment? _environment;

    public NetraEnvironment Environment => _environment ?? throw new InvalidOperationException("The fixture is not initialised yet.");

    public ModeDecision Decision => Environment.Decision;

    public async ValueTask InitializeAsync() => _environment = await NetraEnvironment.SharedAsync();

    /// <summary>The shared environment lives for the whole process; nothing to release per collection.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public TestUser NewUser(string label) => Environment.NewUser(label);

    public async Task<NetraSession> ConnectAsync(TestUser user, CancellationToken cancellationToken)
    {
        var session = await Environment.ConnectAsync(user, cancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine($"{Decision.Summary}; {user} connected in {session.ConnectLatency.TotalMilliseconds:0} ms");
        return session;
    }

    /// <summary>A new user and its session, in one step.</summary>
    public async Task<NetraSession> ConnectNewUserAsync(string label, CancellationToken cancellationToken) =>
        await ConnectAsync(NewUser(label), cancellationToken);

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
