using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Netra.E2E.Harness.Connection.Throttling;
using Netra.E2E.Harness.Verdicts;
using Netra.E2E.Harness.Wire.Messages;

namespace Netra.E2E.Harness.Wire;

/// <summary>
/// The socket of one session: a receive loop that reads whole text frames within the client's size limit and hands
/// each, read by the dialect, to a channel; sends that never overlap; a close that never hangs.
/// </summary>
public sealed class WireConnection : IAsyncDisposable
{
    public const int MaxFrameBytes = 1024 * 1024;
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);
    private readonly WebSocket _socket;
    private readonly IWireDialect _dialect;
    private readonly IReadOnlyList<IFrameObserver> _observers;
    private readonly MessageRate? _rate;
    private readonly Channel<NetraEvent> _incoming = Channel.CreateUnbounded<NetraEvent>(new UnboundedChannelOptions { SingleWriter = true, SingleReader = true });
    private readonly List<NetraEvent> _received = [];
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Task _receiveLoop;
    private string _endReason = "the socket is still open";
    private int _disposed;

    /// <param name="rate">The pace every frame sent on this connection keeps, pongs included; the connection disposes it.</param>
    public WireConnection(WebSocket socket, IWireDialect dialect, string backend, IReadOnlyList<IFrameObserver>? observers = null, MessageRate? rate = null)
    {
        _socket = socket;
        _rate = rate;
        _dialect = dialect;
        _observers = observers ?? [];
        Backend = backend;
        _receiveLoop = Task.Run(ReceiveLoopAsync);
    }

    public string Backend { get; }

    public ChannelReader<NetraEvent> Incoming => _incoming.Reader;

    /// <summary>Why the socket stopped delivering, in words for a failure message.</summary>
    public string EndReason => Volatile.Read(ref _endReason);

    /// <summary>The close code the server sent, once it closed the socket.</summary>
    public int? CloseCode { get; private set; }

    /// <summary>Time since the connection was opened, on the clock every event's ReceivedAt uses.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

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

    /// <returns>When the frame went out, on <see cref="Elapsed"/>'s clock: after its wait for the connection's message rate.</returns>
    public async Task<TimeSpan> SendAsync(string text, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await (_rate?.WaitForTurnAsync(cancellationToken) ?? Task.CompletedTask);
            var sentAt = _clock.Elapsed;
            Observe(FrameDirection.Sent, text);
            await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancellationToken);
            return sentAt;
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
        {
            throw new InfrastructureFailureException($"could not send to {Backend}: {ex.Message} ({EndReason})", ex);
        }
        finally
        {
            _sendLock.Release();
        }
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
                        CloseCode = (int?)result.CloseStatus;
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

                Deliver(oversized
                    ? NetraEvent.Unreadable("", _clock.Elapsed, $"frame over the client's {MaxFrameBytes} byte limit")
                    : Read(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length)));
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

    private NetraEvent Read(string text)
    {
        var at = _clock.Elapsed;
        Observe(FrameDirection.Received, text);
        var read = _dialect.Read(text, at);
        if (_dialect.ReplyTo(read) is { } reply)
        {
            _ = ReplyAsync(reply);
        }

        return read;
    }

    /// <summary>Answers the server (a pong for its ping) without holding up the receive loop; a failed answer changes nothing.</summary>
    private async Task ReplyAsync(string reply)
    {
        try
        {
            await SendAsync(reply, _stop.Token);
        }
        catch (Exception ex) when (ex is InfrastructureFailureException or OperationCanceledException or ObjectDisposedException)
        {
            // The socket is closing; the waits report that.
        }
    }

    private void Deliver(NetraEvent received)
    {
        lock (_received)
        {
            _received.Add(received);
        }

        _incoming.Writer.TryWrite(received);
    }

    private void Observe(FrameDirection direction, string text)
    {
        foreach (var observer in _observers)
        {
            observer.OnFrame(direction, text, _clock.Elapsed);
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
            await (_rate?.DisposeAsync() ?? ValueTask.CompletedTask);
        }
    }
}
