using System.Net.WebSockets;
using Netra.E2E.Harness.Auth;
using Netra.E2E.Harness.Connection.Throttling;
using Netra.E2E.Harness.Verdicts;
using Netra.E2E.Harness.Wire;
using Netra.E2E.Harness.Wire.Messages;

namespace Netra.E2E.Harness.Session;

/// <summary>
/// One user's chat with the backend, the same in every mode and dialect: send a request, wait for its run, expect an
/// event. Every wait has a deadline and, when it passes, says what it waited for and what did arrive, with its class.
/// </summary>
public sealed class NetraSession : IAsyncDisposable
{
    private readonly WireConnection _wire;
    private readonly EventInbox _inbox;
    private readonly RunCollector _runs;
    private readonly SessionSetup _setup;
    private readonly RunBudgetSlot _budget;
    private readonly Dictionary<string, TimeSpan> _runSentAt = [];
    private int _disposed;

    private NetraSession(WebSocket socket, TestUser user, SessionSetup setup)
    {
        _setup = setup;
        _wire = new WireConnection(socket, setup.Dialect, setup.Backend, setup.FrameObservers, setup.MessageRate);
        _budget = new RunBudgetSlot(setup.RunBudget, setup.RunEndsAt);
        _inbox = new EventInbox(_wire.Incoming);
        _runs = new RunCollector(_inbox, _wire, SocketEnded, PingForLivenessAsync, setup.Breaker);
        User = user;
    }

    public TestUser User { get; }
    public string Backend => _setup.Backend;
    public TimeSpan ConnectLatency { get; private init; }
    public NetraEvent? Greeting { get; private set; }
    public IReadOnlyList<NetraEvent> Received => _wire.Received;

    /// <summary>Wraps an upgraded socket and waits for the server's greeting.</summary>
    public static async Task<NetraSession> StartAsync(WebSocket socket, TestUser user, SessionSetup setup, TimeSpan connectLatency, CancellationToken cancellationToken)
    {
        var session = new NetraSession(socket, user, setup) { ConnectLatency = connectLatency };
        try
        {
            var greeting = await session._inbox.WaitAsync(setup.Dialect.IsGreeting, setup.GreetingTimeout, cancellationToken);
            session.Greeting = greeting.Found ?? throw (greeting.SocketEnded
                ? session.RefusedOrEnded(greeting)
                : new InfrastructureFailureException(
                    $"{setup.Backend} accepted the WebSocket but sent no greeting within {Durations.Text(setup.GreetingTimeout)}; {greeting.MeanwhileSummary}"));
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    public Task<string> SendUserMessageAsync(string content, CancellationToken cancellationToken, string? agent = null, string? threadId = null,
        IReadOnlyDictionary<string, object?>? parameters = null) =>
        SendRunAsync(runId => new UserMessageRequest(runId, content, agent, threadId, parameters ?? new Dictionary<string, object?>()), parameters, cancellationToken);

    public Task<string> StartAgentAsync(string agentType, string userRequest, CancellationToken cancellationToken, IReadOnlyDictionary<string, object?>? parameters = null) =>
        SendRunAsync(runId => new StartAgentRequest(runId, agentType, userRequest, parameters ?? new Dictionary<string, object?>()), parameters, cancellationToken);

    /// <summary>Sends a ping; <see cref="IsPongTo"/> recognises its answer.</summary>
    public async Task<string> PingAsync(CancellationToken cancellationToken)
    {
        var messageId = $"ping_{Guid.NewGuid():N}";
        await _wire.SendAsync(_setup.Dialect.Write(new PingRequest(messageId)), cancellationToken);
        return messageId;
    }

    public bool IsPongTo(NetraEvent e, string pingMessageId) => _setup.Dialect.IsPongTo(e, pingMessageId);

    /// <summary>Sends text as it is, for tests of bad input.</summary>
    public Task SendRawAsync(string text, CancellationToken cancellationToken) => _wire.SendAsync(text, cancellationToken);

    /// <summary>Collects a run's events until it ends, within the deadlines; then every observer sees it. However it ends, the run leaves the budget.</summary>
    public async Task<RunTranscript> WaitForRunAsync(string runId, RunDeadlines deadlines, CancellationToken cancellationToken)
    {
        using var leaves = _budget.Leaving(runId);
        TimeSpan sentAt;
        lock (_runSentAt)
        {
            sentAt = _runSentAt.GetValueOrDefault(runId, _wire.Elapsed);
        }

        _setup.Breaker.ThrowIfRunsBroken();
        var run = await _runs.CollectAsync(_setup.Dialect.Correlate(runId, User.Id), _setup.Apply(deadlines), sentAt, cancellationToken);
        foreach (var observer in _setup.Observers)
        {
            observer.OnRunFinished(run, User);
        }

        return run;
    }

    /// <summary>The next event that matches, within the timeout. Nothing at all arriving is an infrastructure failure.</summary>
    public async Task<NetraEvent> ExpectAsync(Func<NetraEvent, bool> match, TimeSpan timeout, string what, CancellationToken cancellationToken)
    {
        timeout *= _setup.DeadlineScale;
        var outcome = await _inbox.WaitAsync(match, timeout, cancellationToken);
        return outcome switch
        {
            { Found: { } found } => found,
            { SocketEnded: true } => throw SocketEnded(outcome, what),
            { Meanwhile.Count: 0 } => throw new InfrastructureFailureException($"no event at all from {Backend} within {Durations.Text(timeout)} while waiting for {what}"),
            _ => throw new BusinessFailureException($"{what} did not arrive within {Durations.Text(timeout)}; {outcome.MeanwhileSummary}"),
        };
    }

    /// <summary>A ping and the time to its pong, or null when none came within the pong timeout.</summary>
    private async Task<TimeSpan?> PingForLivenessAsync(CancellationToken cancellationToken)
    {
        var sent = _wire.Elapsed;
        try
        {
            var pingId = await PingAsync(cancellationToken);
            var pong = await _inbox.WaitAsync(e => IsPongTo(e, pingId), _setup.PongTimeout * _setup.DeadlineScale, cancellationToken);
            return pong.Found is { } answer ? answer.ReceivedAt - sent : null;
        }
        catch (InfrastructureFailureException)
        {
            return null;
        }
    }

    private async Task<string> SendRunAsync(Func<string, ClientRequest> request, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        // The run's deadlines start when its request goes out: its wait for the run budget and the message rate is not the backend's time.
        var runId = parameters?.GetValueOrDefault("run_id") as string ?? $"run_{Guid.NewGuid():N}";
        var sentAt = await _budget.SendAsync(runId, () => _wire.SendAsync(_setup.Dialect.Write(request(runId)), cancellationToken), cancellationToken);
        lock (_runSentAt)
        {
            _runSentAt[runId] = sentAt;
        }

        RunProgress.Sent(User.ToString(), runId);
        return runId;
    }

    /// <summary>
    /// Closed before the greeting: with 1008, the deployed backend's refusal of a token; with an error and 1011, a
    /// backend that fails the connection itself. Each names the server's error code and message when it sent them.
    /// </summary>
    private Exception RefusedOrEnded(WaitOutcome greeting)
    {
        var error = greeting.Meanwhile.LastOrDefault(e => e.Type == EventNames.Error);
        if (_wire.CloseCode == 1011 && error is not null)
        {
            var failure = $"{error.ErrorCode} {error.ErrorMessage}, then {_wire.EndReason}";
            return new InfrastructureFailureException($"{Backend} failed the connection before greeting it: {failure}") { ConnectionError = failure };
        }

        if (_wire.CloseCode != 1008)
        {
            return SocketEnded(greeting, "the server's greeting");
        }

        var refusal = new ConnectionRefusal("close 1008 after the upgrade", error?.ErrorCode, error?.ErrorMessage)
        {
            Evidence = string.Join("\n", greeting.Meanwhile.Select(e => e.Raw).Append(_wire.EndReason)),
        };
        return new InfrastructureFailureException($"{Backend} refused the token: {refusal} ({_wire.EndReason})") { Refusal = refusal };
    }

    /// <summary>The socket ended while a wait was on: the backend's own error when it can tell, else the close it sent.</summary>
    private Exception SocketEnded(WaitOutcome outcome, string what)
    {
        var context = $"{_wire.EndReason} while waiting for {what} from {Backend}; {outcome.MeanwhileSummary}";
        return _setup.ServerErrorFor(User.Id) is { } serverError
            ? new InfrastructureFailureException($"the simulator itself failed (a bug in the test double, not in the product): {serverError.Message}; {context}", serverError)
            : new InfrastructureFailureException(context);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _wire.DisposeAsync();
        _budget.Dispose();
        _inbox.Dispose();
        foreach (var observer in _setup.Observers)
        {
            observer.OnSessionClosed(_wire.Received, User);
        }

        _setup.OnDisposed?.Invoke();
    }
}
