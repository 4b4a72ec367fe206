using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Netra.E2E.Simulator.Hosting;
using Netra.E2E.Simulator.Protocol;

namespace Netra.E2E.Simulator.Connections;

/// <summary>
/// One authenticated WebSocket: a receive loop that enforces the frame limit and hands text frames to the dispatcher,
/// and a single writer loop (WebSocket sends must not overlap) fed by a channel.
/// </summary>
public sealed class ChatConnection
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly WebSocket _socket;
    private readonly SimulatorOptions _options;
    private readonly ILogger _logger;
    private readonly Channel<string> _outbound = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _closing = new();

    public ChatConnection(WebSocket socket, string userId, DateTimeOffset tokenExpiresAt, ConnectionFaults faults,
        SimulatorOptions options, TimeProvider time, ILogger logger)
    {
        _socket = socket;
        _options = options;
        _logger = logger;
        UserId = userId;
        TokenExpiresAt = tokenExpiresAt;
        Faults = faults;
        Time = time;
    }

    public string Id { get; } = ServerFrame.NewId("conn");
    public string UserId { get; }
    public DateTimeOffset TokenExpiresAt { get; }
    public ConnectionFaults Faults { get; }
    public TimeProvider Time { get; }

    /// <summary>Cancelled when the connection is closing, so runs stop streaming to it.</summary>
    public CancellationToken Closing => _closing.Token;

    public bool Send(string frame) => _outbound.Writer.TryWrite(frame);

    /// <summary>Ends the connection from the server side: queued frames go out, then a close frame with this code.</summary>
    public void Close(WebSocketCloseStatus status, string description)
    {
        lock (_outbound)
        {
            _closeStatus ??= (status, description);
        }

        _outbound.Writer.TryComplete();
        _closing.Cancel();
    }

    /// <summary>Drops the TCP connection without a close frame (a crashed backend).</summary>
    public void Abort()
    {
        _closing.Cancel();
        _socket.Abort();
    }

    private (WebSocketCloseStatus Status, string Description)? _closeStatus;

    public async Task RunAsync(MessageDispatcher dispatcher, CancellationToken aborted)
    {
        var writer = WriteLoopAsync(aborted);
        dispatcher.Greet(this);
        try
        {
            await ReceiveLoopAsync(dispatcher, aborted);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            _logger.LogDebug("Connection {ConnectionId} ended: {Reason}", Id, ex.Message);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Connection {ConnectionId} failed", Id);
            Close(WebSocketCloseStatus.InternalServerError, "server error");
        }
        finally
        {
            Close(WebSocketCloseStatus.NormalClosure, "closing");
            await writer;
        }
    }

    private async Task ReceiveLoopAsync(MessageDispatcher dispatcher, CancellationToken aborted)
    {
        var buffer = new byte[8 * 1024];
        using var message = new MemoryStream();
        while (_socket.State == WebSocketState.Open && !_closing.IsCancellationRequested)
        {
            message.SetLength(0);
            WebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(buffer, aborted);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    Close(WebSocketCloseStatus.NormalClosure, "closed by client");
                    return;
                }

                if (message.Length + result.Count > _options.MaxFrameBytes)
                {
                    Send(ServerFrame.Error(ErrorCodes.MessageTooLarge,
                        $"frame exceeds the {_options.MaxFrameBytes} byte limit", Time.GetUtcNow()));
                    Close(WebSocketCloseStatus.MessageTooBig, "message too big");
                    return;
                }

                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (Time.GetUtcNow() >= TokenExpiresAt)
            {
                Close(WebSocketCloseStatus.PolicyViolation, "token expired");
                return;
            }

            dispatcher.Dispatch(this, Decode(message, result.MessageType));
        }
    }

    private static string? Decode(MemoryStream message, WebSocketMessageType type)
    {
        if (type != WebSocketMessageType.Text)
        {
            return null;
        }

        try
        {
            return StrictUtf8.GetString(message.GetBuffer(), 0, (int)message.Length);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private async Task WriteLoopAsync(CancellationToken aborted)
    {
        try
        {
            await foreach (var frame in _outbound.Reader.ReadAllAsync(aborted))
            {
                if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
                {
                    return;
                }

                await _socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, true, aborted);
            }

            await SendCloseAsync(aborted);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            _logger.LogDebug("Connection {ConnectionId} stopped writing: {Reason}", Id, ex.Message);
        }
    }

    private async Task SendCloseAsync(CancellationToken aborted)
    {
        var (status, description) = _closeStatus ?? (WebSocketCloseStatus.NormalClosure, "closing");
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(status, description, aborted);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            _logger.LogDebug("Connection {ConnectionId} close handshake incomplete: {Reason}", Id, ex.Message);
        }
    }
}
