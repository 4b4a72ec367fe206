using Netra.E2E.Harness.Auth;
using Netra.E2E.Harness.Connection;
using Netra.E2E.Harness.Connection.Throttling;
using Netra.E2E.Harness.Contract;
using Netra.E2E.Harness.Decision;
using Netra.E2E.Harness.Recording;
using Netra.E2E.Harness.Replay;
using Netra.E2E.Harness.Reporting;
using Netra.E2E.Harness.Session;
using Netra.E2E.Harness.Settings;
using Netra.E2E.Harness.Verdicts;
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
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _ownUsers = new(StringComparer.Ordinal);
    private readonly TimeSpan? _runEndsAt;
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
        _runEndsAt = settings.RunTimeCap is { } cap ? RunClock.Elapsed + cap : null;
        Breaker = new RunBreaker { ConnectFailureLimit = settings.InfrastructureFailureLimit };
        RunBudget = new RunBudget(settings.Gate.MaxConcurrentRuns);
        Breaker.Tripped += RunLog.Decided;
    }

    /// <summary>Causes that decide the rest of the run: no run ever starts, the suite's own token is refused, every connection fails.</summary>
    public RunBreaker Breaker { get; private init; } = new();

    public NetraE2ESettings Settings { get; }

    /// <summary>
    /// Multiplies every run deadline of this environment's sessions. 1 for the suite (the catalogue's deadlines are
    /// staging's); harness tests that provoke timeouts on purpose shrink it so a verdict takes seconds, not minutes.
    /// </summary>
    public double DeadlineScale { get; }

    /// <summary>Sessions of this environment not yet disposed: a faulty run must leave none behind.</summary>
    public int OpenSessions => Volatile.Read(ref _openSessions);
    public ModeDecision Decision { get; }

    /// <summary>The runs in flight at once against this environment's backend, for every session it opens (the whole run's, for the suite).</summary>
    public RunBudget RunBudget { get; }

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

    /// <summary>In replay mode, users with the ids their sessions had when the cassettes were recorded.</summary>
    private ReplayUsers? ReplayUsers { get; init; }

    /// <summary>Recording and drift against a live backend (NETRA_E2E_RECORD, NETRA_E2E_CASSETTES); null when the run does neither.</summary>
    public CassetteRun? Cassettes { get; private init; }

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
                var stagingCassettes = CassetteRun.Start(settings, decision.Probe?.Backend, settings.JwtSecret);
                IBackendConnector staging = new StagingConnector(settings.StagingUrl!);
                return new NetraEnvironment(settings, decision, stagingCassettes?.Connect(staging) ?? staging, stagingIssuer, settings.Token, null, deadlineScale)
                {
                    BackendIdentity = decision.Probe?.Backend,
                    Cassettes = stagingCassettes,
                };
            case BackendTarget.Simulator:
                var secret = settings.JwtSecret ?? TokenIssuer.NewSecret();
                var simulator = new InProcessSimulator(secret, simulatorSettings);

                // WebApplicationFactory starts its host lazily and not thread-safely: start it here, once, before
                // parallel tests race to create two hosts with two separate thread stores.
                simulator.StartServer();
                var identity = IdentityOf(simulator);
                var simulatorCassettes = CassetteRun.Start(settings, identity, secret);
                IBackendConnector inProcess = new SimulatorConnector(simulator);
                return new NetraEnvironment(settings, decision, simulatorCassettes?.Connect(inProcess) ?? inProcess, new TokenIssuer(secret), null, simulator, deadlineScale)
                {
                    BackendIdentity = identity,
                    Cassettes = simulatorCassettes,
                };
            case BackendTarget.Replay:
                var replaySecret = settings.JwtSecret ?? TokenIssuer.NewSecret();
                var host = new InProcessSimulator(replaySecret, ReplayHost.Settings(settings));
                host.StartServer();
                var library = new CassetteLibrary(settings.CassetteDirectory!);
                var replayIssuer = new TokenIssuer(replaySecret);
                return new NetraEnvironment(settings, decision, new ReplayConnector(new SimulatorConnector(host), library), replayIssuer, null, host, deadlineScale)
                {
                    BackendIdentity = $"replay of cassettes recorded from {library.RecordedBackend() ?? "an unnamed backend"}",
                    ReplayUsers = new ReplayUsers(library, replayIssuer),
                };
            default:
                return new NetraEnvironment(settings, decision, null, null, null, null, deadlineScale);
        }
    }

    /// <summary>A user of the suite's own, with a token the backend must accept.</summary>
    public TestUser NewUser(string label)
    {
        var user = ReplayUsers is not null ? ReplayUsers.NewUser(label)
            : _issuer is not null ? _issuer.NewUser(label)
            : _fixedToken is not null ? new TestUser("staging-token-user", "(from NETRA_E2E_TOKEN)", _fixedToken)
            : throw Unavailable();
        _ownUsers.TryAdd(user.Id, 0);
        return user;
    }

    /// <summary>Signs tokens as the auth service would (for tests of refused tokens); null with only a ready token.</summary>
    public TokenIssuer? Issuer => _issuer;

    /// <param name="breaker">The breaker this session reports to and obeys; the run's own unless a harness test keeps its cases apart.</param>
    public async Task<NetraSession> ConnectAsync(TestUser user, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? headers = null,
        RunBreaker? breaker = null)
    {
        breaker ??= Breaker;
        if (_connector is null)
        {
            throw Unavailable();
        }

        // Once connections are decided, a test of a refused token learns nothing either: it fails at once like the rest.
        var own = _ownUsers.ContainsKey(user.Id);
        breaker.ThrowIfConnectionsBroken();

        try
        {
            var session = await OpenSessionAsync(user, headers, breaker, cancellationToken);
            if (own)
            {
                breaker.ConnectSucceeded();
            }

            return session;
        }
        catch (InfrastructureFailureException ex) when (own && (ex.Refusal is not null || ex.ConnectionError is not null))
        {
            var cause = ex.Refusal is { } refusal
                ? new InfrastructureFailureException(
                    $"the backend refused the suite's own token ({refusal}): check that {SettingsReader.JwtSecretVariable} is the backend's secret " +
                    "and that its tokens may carry these claims (token_type \"access\", iss, aud, a lifetime under 24 h)")
                { Refusal = refusal }
                : new InfrastructureFailureException($"the backend fails every connection: {ex.ConnectionError}") { ConnectionError = ex.ConnectionError };
            breaker.ConnectionsFail(cause);
            throw cause;
        }
        catch (InfrastructureFailureException ex) when (ex.Refusal is null)
        {
            breaker.ConnectFailed(ex);
            throw;
        }
    }

    private async Task<NetraSession> OpenSessionAsync(TestUser user, IReadOnlyDictionary<string, string>? headers, RunBreaker breaker, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var socket = await _connector!.OpenAsync(user, headers ?? new Dictionary<string, string>(), ConnectTimeout * DeadlineScale, cancellationToken);
        var setup = new SessionSetup(_connector.Description, NewDialect())
        {
            GreetingTimeout = ConnectTimeout * DeadlineScale,
            RunEndsAt = _runEndsAt,
            DeadlineScale = DeadlineScale,
            Observers = Observers,
            ServerErrorFor = _connector.ServerErrorFor,
            FirstEventTimeout = Settings.FirstEventTimeout,
            RunGrace = Settings.RunGrace ?? (Simulator is null ? TimeSpan.FromMilliseconds(250) : RunDeadlines.DefaultGrace),
            RunStall = Settings.StallTimeout,
            Breaker = breaker,
            FrameObservers = socket is RecordedSocket recorded ? [recorded.Recording] : [],
            OnDisposed = () => Interlocked.Decrement(ref _openSessions),
            RunBudget = RunBudget,
            MessageRate = new MessageRate(Settings.Gate.MessagesPerMinute, Settings.Gate.MessageBurst),
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
        Cassettes?.FinishAll();
        RunBudget.Dispose();
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
        ? new InfrastructureFailureException($"no backend for this run: {Decision.Reason}") { RunLevel = true }
        : new InfrastructureFailureException("staging needs NETRA_E2E_JWT_SECRET or NETRA_E2E_TOKEN to sign in test users") { RunLevel = true };

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
