using Netra.E2E.Harness.Auth;
using Netra.E2E.Harness.Settings;
using Netra.E2E.Harness.Connection;
using Netra.E2E.Harness.Decision;
using Netra.E2E.Harness.Verdicts;
using Netra.E2E.Harness.Contract;
using Netra.E2E.Harness.Reporting;
using Netra.E2E.Harness.Session;
using Netra.E2E.Harness.Wire;

namespace Netra.E2E.Harness.Fixture;

/// <summary>
/// Everything a run needs to reach its backend: the settings, the one mode decision, the token issuer and the
/// connector, the wire's dialect, and the observers of every finished run (the run ledger and the event contract).
/// The run's backend fixture makes one, so the health probe runs once per test assembly.
/// </summary>
public sealed class NetraEnvironment : IAsyncDisposable
{
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);
    private readonly IBackendConnector? _connector;
    private readonly TokenIssuer? _issuer;
    private readonly string? _fixedToken;
    private int _openSessions;

    private NetraEnvironment(NetraE2ESettings settings, ModeDecision decision, IBackendConnector? connector, TokenIssuer? issuer, string? fixedToken,
        InProcessSimulator? simulator, double deadlineScale)
    {
        DeadlineScale = deadlineScale;
        Settings = settings;
        Decision = decision;
        _connector = connector;
        _issuer = issuer;
        _fixedToken = fixedToken;
        Simulator = simulator;
        Observers = [Ledger, new EventContractCheck(Ledger)];
    }

    public NetraE2ESettings Settings { get; }

    /// <summary>
    /// Multiplies every run deadline of this environment's sessions. 1 for the suite (the catalogue's deadlines are
    /// staging's); harness tests that provoke timeouts on purpose shrink it so a verdict takes seconds, not minutes.
    /// </summary>
    public double DeadlineScale { get; }

    /// <summary>Sessions of this environment not yet disposed: a faulty run must leave none behind.</summary>
    public int OpenSessions => Volatile.Read(ref _openSessions);
    public ModeDecision Decision { get; }

    /// <summary>The in-process simulator when the run uses it; null against staging.</summary>
    public InProcessSimulator? Simulator { get; }

    public string Backend => _connector?.Description ?? "no backend";

    /// <summary>Who answers, as its health body says (service, version; the simulator's dialect, answer style and seed).</summary>
    public string? BackendIdentity { get; private init; }

    /// <summary>False against staging with only a ready token: every "user" is then the same account.</summary>
    public bool CanCreateDistinctUsers => _issuer is not null;

    /// <summary>Per test, the runs it made; and the contract warnings of the whole run.</summary>
    public RunLedger Ledger { get; } = new();

    /// <summary>Each session's dialect: the contract's or the deployed backend's, settled by the greeting.</summary>
    public Func<IWireDialect> NewDialect { get; init; } = () => new NegotiatedDialect();

    public IReadOnlyList<ISessionObserver> Observers { get; }

    public static async Task<NetraEnvironment> CreateAsync(NetraE2ESettings settings, IHealthProbe probe, IReadOnlyDictionary<string, string?>? simulatorSettings, CancellationToken cancellationToken)
    {
        var decision = await new ModeDecider(probe).DecideAsync(settings, cancellationToken);
        return Create(settings, decision, simulatorSettings);
    }

    public static NetraEnvironment Create(NetraE2ESettings settings, ModeDecision decision, IReadOnlyDictionary<string, string?>? simulatorSettings = null, double deadlineScale = 1)
    {
        switch (decision.Target)
        {
            case BackendTarget.Staging:
                var stagingIssuer = settings.JwtSecret is null ? null : new TokenIssuer(settings.JwtSecret);
                return new NetraEnvironment(settings, decision, new StagingConnector(settings.StagingUrl!), stagingIssuer, settings.Token, null, deadlineScale)
                {
                    BackendIdentity = decision.Probe?.Backend,
                };
            case BackendTarget.Simulator:
                var secret = settings.JwtSecret ?? TokenIssuer.NewSecret();
                var simulator = new InProcessSimulator(secret, simulatorSettings);

                // WebApplicationFactory starts its host lazily and not thread-safely: start it here, once, before
                // parallel tests race to create two hosts with two separate thread stores.
                simulator.StartServer();
                return new NetraEnvironment(settings, decision, new SimulatorConnector(simulator), new TokenIssuer(secret), null, simulator, deadlineScale)
                {
                    BackendIdentity = IdentityOf(simulator),
                };
            default:
                return new NetraEnvironment(settings, decision, null, null, null, null, deadlineScale);
        }
    }

    public TestUser NewUser(string label)
    {
        if (_issuer is not null)
        {
            return _issuer.NewUser(label);
        }

        if (_fixedToken is not null)
        {
            return new TestUser("staging-token-user", "(from NETRA_E2E_TOKEN)", _fixedToken);
        }

        throw Unavailable();
    }

    /// <summary>Signs tokens as the auth service would (for tests of refused tokens); null with only a ready token.</summary>
    public TokenIssuer? Issuer => _issuer;

    public async Task<NetraSession> ConnectAsync(TestUser user, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? headers = null)
    {
        if (_connector is null)
        {
            throw Unavailable();
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var socket = await _connector.OpenAsync(user, headers ?? new Dictionary<string, string>(), ConnectTimeout, cancellationToken);
        var setup = new SessionSetup(_connector.Description, NewDialect())
        {
            GreetingTimeout = ConnectTimeout,
            DeadlineScale = DeadlineScale,
            Observers = Observers,
            ServerErrorFor = _connector.ServerErrorFor,
            OnDisposed = () => Interlocked.Decrement(ref _openSessions),
        };
        Interlocked.Increment(ref _openSessions);
        return await NetraSession.StartAsync(socket, user, setup, started.Elapsed, cancellationToken);
    }

    /// <summary>Fails at once as infrastructure when strict real mode found no backend.</summary>
    public void RequireBackend()
    {
        if (Decision.Target == BackendTarget.Unavailable)
        {
            throw Unavailable();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Simulator is not null)
        {
            await Simulator.DisposeAsync();
        }
    }

    /// <summary>The in-process simulator's own health body (in memory, no network), for the run summary.</summary>
    private static string IdentityOf(InProcessSimulator simulator)
    {
        using var client = simulator.CreateClient();
        return HealthBody.Parse(client.GetStringAsync(new Uri("/health", UriKind.Relative)).GetAwaiter().GetResult()).Identity;
    }

    private InfrastructureFailureException Unavailable() => Decision.Target == BackendTarget.Unavailable
        ? new InfrastructureFailureException($"no backend for this run: {Decision.Reason}")
        : new InfrastructureFailureException("staging needs NETRA_E2E_JWT_SECRET or NETRA_E2E_TOKEN to sign in test users");

    /// <summary>The run's environment from NETRA_E2E_* settings; an invalid setting gives a run without a backend that says why.</summary>
    public static async Task<NetraEnvironment> FromSettingsAsync()
    {
        NetraEnvironment environment;
        try
        {
            var settings = SettingsReader.FromEnvironment();
            environment = await CreateAsync(settings, new HttpHealthProbe(), null, CancellationToken.None);
        }
        catch (InvalidOperationException ex)
        {
            environment = Create(new NetraE2ESettings(), new ModeDecision(BackendMode.Auto, BackendTarget.Unavailable, $"invalid setting: {ex.Message}", null));
        }

        RunLog.Announce(environment.Decision);
        return environment;
    }
}
