using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Netra.E2E.Harness.Auth;
using Netra.E2E.Harness.Contract;
using Netra.E2E.Harness.Failures;
using Netra.E2E.Harness.Reporting;

namespace Netra.E2E.Harness.Session;

/// <summary>
/// One user's WebSocket to the backend, the same in both modes. A receive loop feeds a channel; waits read it with a
/// deadline and say what they waited for, and what did arrive, when it passes.
/// </summary>
public sealed class NetraSession : IAsyncDisposable
{
    public const int MaxFrameBytes = 1024 * 1024;
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);
    private readonly WebSocket _socket;
    private readonly Channel<NetraEvent> _incoming = Channel.CreateUnbounded<NetraEvent>(new UnboundedChannelOptions { SingleWriter = true, SingleReader = true });
    private readonly List<NetraEvent> _unclaimed = [];
    private readonly List<NetraEvent> _received = [];
    private readonly Dictionary<string, TimeSpan> _runSentAt = [];
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly SemaphoreSlim _waitLock = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Task _receiveLoop;
    private string _endReason = "the socket is still open";
    private int _disposed;

    private readonly double _deadlineScale;
    private Action? _disposedCallback;

    private NetraSession(WebSocket socket, TestUser user, string backend, double deadlineScale)
    {
        _socket = socket;
        _deadlineScale = deadlineScale;
        User = user;
        Backend = backend;
        _receiveLoop = Task.Run(ReceiveLoopAsync);
    }

    public TestUser User { get; }
    public string Backend { get; }
    public TimeSpan ConnectLatency { get; private set; }
    public NetraEvent? Greeting { get; private set; }

    public IReadOnlyList<NetraEvent> Received
    {
        get
        {
            lock (_received)
            {
                return _received.ToArray();
            }
        }
    }

    /// <summary>Wraps an upgraded socket and waits for the server's connection_established greeting.</summary>
    public static async Task<NetraSession> StartAsync(WebSocket socket, TestUser user, string backend, TimeSpan connectLatency, TimeSpan greetingTimeout,
        CancellationToken cancellationToken, double deadlineScale = 1, Action? onDisposed = null)
    {
        var session = new NetraSession(socket, user, backend, deadlineScale) { ConnectLatency = connectLatency };
        try
        {
            session.Greeting = await session.WaitForAsync(e => e.Type == EventNames.ConnectionEstablished, greetingTimeout, "connection_established", cancellationToken);
            session._disposedCallback = onDisposed;
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    public async Task<string> SendUserMessageAsync(string content, CancellationToken cancellationToken, string? agent = null, string? threadId = null, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        var payload = Payload(parameters);
        payload["content"] = content;
        if (agent is not null)
        {
            payload["agent"] = agent;
        }

        if (threadId is not null)
        {
            payload["thread_id"] = threadId;
        }

        return await SendRunAsync(EventNames.UserMessage, payload, cancellationToken);
    }

    public async Task<string> StartAgentAsync(string agentType, string userRequest, CancellationToken cancellationToken, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        var payload = Payload(parameters);
        payload["agent_type"] = agentType;
        payload["user_request"] = userRequest;
        return await SendRunAsync(EventNames.StartAgent, payload, cancellationToken);
    }

    /// <summary>Sends a ping; the server's pong carries the returned message id.</summary>
    public async Task<string> PingAsync(CancellationToken cancellationToken)
    {
        var messageId = $"ping_{Guid.NewGuid():N}";
        await SendFrameAsync(EventNames.Ping, [], messageId, cancellationToken);
        return messageId;
    }

    /// <summary>Sends text as it is, for tests of bad input.</summary>
    public async Task SendRawAsync(string text, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancellationToken);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
        {
            throw new InfrastructureFailureException($"could not send to {Backend}: {ex.Message} ({_endReason})", ex);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Collects a run's events until agent_completed or error, within the deadlines.</summary>
    public async Task<RunTranscript> WaitForRunAsync(string runId, RunDeadlines deadlines, CancellationToken cancellationToken)
    {
        deadlines = deadlines.Scaled(_deadlineScale);
        TimeSpan sentAt;
        lock (_runSentAt)
        {
            sentAt = _runSentAt.GetValueOrDefault(runId, _clock.Elapsed);
        }

        bool Belongs(NetraEvent e) => e.RunId == runId || e.IsMalformed;
        var events = new List<NetraEvent>();
        try
        {
            events.Add(await WaitForAsync(Belongs, deadlines.FirstEvent, $"the first event of run {runId}", cancellationToken));
        }
        catch (EventWaitTimeoutException ex)
        {
            throw new InfrastructureFailureException($"no event for run {runId} from {Backend} within {Seconds(deadlines.FirstEvent)} of sending the request; {ex.ReceivedSummary}");
        }

        var firstEventAfter = events[0].ReceivedAt - sentAt;
        while (!IsTerminal(events[^1]))
        {
            var remaining = deadlines.Total - (_clock.Elapsed - sentAt);
            var wait = remaining < deadlines.Inactivity ? remaining : deadlines.Inactivity;
            try
            {
                events.Add(await WaitForAsync(Belongs, wait > TimeSpan.Zero ? wait : TimeSpan.Zero, $"the end of run {runId}", cancellationToken));
            }
            catch (EventWaitTimeoutException)
            {
                var limit = wait == deadlines.Inactivity ? $"{Seconds(deadlines.Inactivity)} without activity" : $"the {Seconds(deadlines.Total)} deadline";
                throw new BusinessFailureException(
                    $"run {runId} started but did not complete: {limit} passed after {events.Count} event(s) [{string.Join(", ", events)}]; " +
                    "no agent_completed or error arrived, so the chat would show a run that never ends");
            }
        }

        var transcript = new RunTranscript(runId, events, firstEventAfter, events[^1].ReceivedAt - sentAt);
        var contract = EventContract.Validate(transcript, User.Id);
        RunRecorder.Record(transcript, contract.Warnings);

        if (!contract.IsValid)
        {
            throw new BusinessFailureException($"event contract broken in run {runId}: {string.Join("; ", contract.Violations)}");
        }

        return transcript;
    }

    /// <summary>The next event that matches, within the timeout. Nothing at all arriving is an infrastructure failure.</summary>
    public async Task<NetraEvent> ExpectAsync(Func<NetraEvent, bool> match, TimeSpan timeout, string what, CancellationToken cancellationToken)
    {
        timeout *= _deadlineScale;
        try
        {
            return await WaitForAsync(match, timeout, what, cancellationToken);
        }
        catch (EventWaitTimeoutException ex) when (ex.ReceivedCount == 0)
        {
            throw new InfrastructureFailureException($"no event at all from {Backend} within {Seconds(timeout)} while waiting for {what}");
        }
        catch (EventWaitTimeoutException ex)
        {
            throw new BusinessFailureException($"{what} did not arrive within {Seconds(timeout)}; {ex.ReceivedSummary}");
        }
    }

    private async Task<NetraEvent> WaitForAsync(Func<NetraEvent, bool> match, TimeSpan timeout, string what, CancellationToken cancellationToken)
    {
        await _waitLock.WaitAsync(cancellationToken);
        try
        {
            var index = _unclaimed.FindIndex(e => match(e));
            if (index >= 0)
            {
                var found = _unclaimed[index];
                _unclaimed.RemoveAt(index);
                return found;
            }

            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout);
            var seen = new List<NetraEvent>();
            while (true)
            {
                NetraEvent next;
                try
                {
                    next = await _incoming.Reader.ReadAsync(deadline.Token);
                }
                catch (ChannelClosedException)
                {
                    throw new InfrastructureFailureException($"{_endReason} while waiting for {what} from {Backend}; {Summarise(seen)}");
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new EventWaitTimeoutException(seen.Count, Summarise(seen));
                }

                if (match(next))
                {
                    return next;
                }

                seen.Add(next);
                _unclaimed.Add(next);
            }
        }
        finally
        {
            _waitLock.Release();
        }
    }

    private async Task<string> SendRunAsync(string type, JsonObject payload, CancellationToken cancellationToken)
    {
        var runId = payload["run_id"]?.GetValue<string>() ?? $"run_{Guid.NewGuid():N}";
        payload["run_id"] = runId;
        lock (_runSentAt)
        {
            _runSentAt[runId] = _clock.Elapsed;
        }

        await SendFrameAsync(type, payload, $"msg_{Guid.NewGuid():N}", cancellationToken);
        return runId;
    }

    private Task SendFrameAsync(string type, JsonObject payload, string messageId, CancellationToken cancellationToken)
    {
        var frame = new JsonObject
        {
            ["type"] = type,
            ["payload"] = payload,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["message_id"] = messageId,
        };
        return SendRawAsync(frame.ToJsonString(), cancellationToken);
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                message.SetLength(0);
                var oversized = false;
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, _stop.Token);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        _endReason = $"the server closed the socket ({(int?)result.CloseStatus} {result.CloseStatusDescription})";
                        return;
                    }

                    oversized |= message.Length + result.Count > MaxFrameBytes;
                    if (!oversized)
                    {
                        message.Write(buffer, 0, result.Count);
                    }
                }
                while (!result.EndOfMessage);

                var raw = oversized ? "" : Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
                var received = oversized
                    ? EnvelopeReader.Read("{", _clock.Elapsed) with { Raw = "", MalformedReason = $"frame over the client's {MaxFrameBytes} byte limit" }
                    : EnvelopeReader.Read(raw, _clock.Elapsed);
                lock (_received)
                {
                    _received.Add(received);
                }

                _incoming.Writer.TryWrite(received);
            }
        }
        catch (OperationCanceledException)
        {
            _endReason = "the session was closed by the test";
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException)
        {
            _endReason = $"the socket dropped ({ex.Message})";
        }
        finally
        {
            _incoming.Writer.TryComplete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(CloseTimeout);
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "test finished", timeout.Token);
                await _receiveLoop.WaitAsync(CloseTimeout);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or TimeoutException or ObjectDisposedException or IOException)
        {
            // The server is gone or slow to answer the close: abort below.
        }
        finally
        {
            await _stop.CancelAsync();
            _socket.Abort();
            await _receiveLoop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            _socket.Dispose();
            _stop.Dispose();
            _sendLock.Dispose();
            _waitLock.Dispose();
            _disposedCallback?.Invoke();
        }
    }

    private static bool IsTerminal(NetraEvent e) => e.Type is EventNames.AgentCompleted or EventNames.Error;

    private static JsonObject Payload(IReadOnlyDictionary<string, object?>? parameters)
    {
        var payload = new JsonObject();
        foreach (var (name, value) in parameters ?? new Dictionary<string, object?>())
        {
            payload[name] = JsonSerializer.SerializeToNode(value);
        }

        return payload;
    }

    private static string Summarise(IReadOnlyCollection<NetraEvent> seen) =>
        seen.Count == 0 ? "nothing else arrived meanwhile" : $"received meanwhile: {string.Join(", ", seen)}";

    private static string Seconds(TimeSpan span) => span.TotalSeconds >= 1 ? $"{span.TotalSeconds:0.#} s" : $"{span.TotalMilliseconds:0} ms";

    /// <summary>A wait whose deadline passed; callers decide whether that is infrastructure or business.</summary>
    private sealed class EventWaitTimeoutException(int receivedCount, string receivedSummary) : Exception(receivedSummary)
    {
        public int ReceivedCount { get; } = receivedCount;
        public string ReceivedSummary { get; } = receivedSummary;
    }
}
