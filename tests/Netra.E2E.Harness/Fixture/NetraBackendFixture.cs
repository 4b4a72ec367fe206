using Netra.E2E.Harness.Auth;
using Netra.E2E.Harness.Decision;
using Netra.E2E.Harness.Session;
using Xunit;

namespace Netra.E2E.Harness.Fixture;

/// <summary>
/// The run's backend, one per test assembly (<c>[assembly: AssemblyFixture(typeof(NetraBackendFixture))]</c>): every
/// test class takes it by constructor, and it hands out test users and sessions to staging or to the simulator,
/// whichever the run decided. Test code never branches on the mode.
/// </summary>
public sealed class NetraBackendFixture : IAsyncLifetime
{
    private readonly IReadOnlyDictionary<string, string>? _connectionHeaders;

    // A fixture of the harness's own tests keeps its causes apart from others sharing the environment; the run's uses the run's.
    private readonly Verdicts.RunBreaker? _breaker;
    private NetraEnvironment? _environment;
    private bool _ownsEnvironment;

    /// <summary>The fixture xUnit creates: it reads the settings and decides the mode once, on initialisation.</summary>
    public NetraBackendFixture()
    {
    }

    /// <summary>A fixture on a given environment whose sessions all send these handshake headers (the harness's own tests).</summary>
    internal NetraBackendFixture(NetraEnvironment environment, IReadOnlyDictionary<string, string>? connectionHeaders)
    {
        _environment = environment;
        _connectionHeaders = connectionHeaders;
        _breaker = new Verdicts.RunBreaker();
    }

    public NetraEnvironment Environment => _environment ?? throw new InvalidOperationException("The fixture is not initialised yet.");

    public ModeDecision Decision => Environment.Decision;

    public async ValueTask InitializeAsync()
    {
        if (_environment is null)
        {
            _environment = await NetraEnvironment.FromSettingsAsync();
            _ownsEnvironment = true;
            SuiteHandOff.Publish(_environment);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownsEnvironment && _environment is not null)
        {
            // Without the Testing Platform's hook (VSTest, IDE explorers), the run's summary is written here.
            if (!Reporting.RunSummaryPublisher.PlatformWrites)
            {
                await Reporting.RunSummaryPublisher.PublishAsync(Reporting.RunSummaryPublisher.DefaultDirectory);
            }

            await _environment.DisposeAsync();
        }
    }

    public TestUser NewUser(string label) => Environment.NewUser(label);

    public Task<NetraSession> ConnectAsync(TestUser user, CancellationToken cancellationToken) => ConnectAsync(user, new Dictionary<string, string>(), cancellationToken);

    /// <summary>A session whose handshake also carries these headers: only for tests that prove headers change nothing.</summary>
    public async Task<NetraSession> ConnectAsync(TestUser user, IReadOnlyDictionary<string, string> extraHeaders, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(_connectionHeaders ?? new Dictionary<string, string>());
        foreach (var (name, value) in extraHeaders)
        {
            headers[name] = value;
        }

        var session = await Environment.ConnectAsync(user, cancellationToken, headers, _breaker);
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
