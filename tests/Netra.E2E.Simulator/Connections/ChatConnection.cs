using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Hosting;

namespace Netra.E2E.Simulator.Connections;

/// <summary>Who a connection belongs to, and until when its token holds.</summary>
public sealed record ConnectionIdentity(string Id, string UserId, DateTimeOffset TokenExpiresAt);

/// <summary>
/// One WebSocket: a receive loop that enforces the frame limit and hands text frames to its handler,
/// and a single writer loop (WebSocket sends must not overlap) fed by a channel.
/// </summary>
public sealed class ChatConnection(
    WebSocket socket,
    ConnectionIdentity identity,
    ConnectionFaults faults,
    FrameLimit frameLimit,
    TimeProvider time,
    ServerErrors errors,
    ILogger logger)
{
    private readonly Channel<string> _outbound = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _closing = new();
    private (WebSocketCloseStatus Status, string Description)? _closeStatus;
    private volatile bool _dropWhenSent;

    public string Id => identity.Id;
    public string UserId => identity.UserId;
    public DateTimeOffset TokenExpiresAt => identity.TokenExpiresAt;
    public ConnectionFaults Faults => faults;

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
        socket.Abort();
    }

    /// <summary>Sends what is queued, then drops the TCP connection without a close frame (a backend lost mid-run).</summary>
    public void DropWhenSent()
    {
        _dropWhenSent = true;
        _outbound.Writer.TryComplete();
    }

    /// <summary>The simulator's own bug: recorded for the test that caused it, logged, and the socket closed with 1011.</summary>
    public void Fail(Exception exception, string? runId)
    {
        errors.Record(new ServerError(UserId, Id, runId, exception, time.GetUtcNow()));
        logger.LogError(exception, "Connection {ConnectionId} failed (run {RunId})", Id, runId);
        Close(WebSocketCloseStatus.InternalServerError, "server error");
    }

    public async Task RunAsync(IConnectionHandler handler, CancellationToken aborted)
    {
        var writer = WriteLoopAsync(aborted);
        try
        {
            handler.Opened();
            await ReceiveLoopAsync(handler, aborted);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            logger.LogDebug("Connection {ConnectionId} ended: {Reason}", Id, ex.Message);
        }
        catch (Exception ex)
        {
            Fail(ex, runId: null);
        }
        finally
        {
            Close(WebSocketCloseStatus.NormalClosure, "closing");
            await writer;
        }
    }

    private async Task ReceiveLoopAsync(IConnectionHandler handler, CancellationToken aborted)
    {
        var reader = new FrameReader(socket, frameLimit);
        while (socket.State == WebSocketState.Open && !_closing.IsCancellationRequested)
        {
            var frame = await reader.ReadAsync(aborted);
            switch (frame.Kind)
            {
                case FrameKind.Closed:
                    Close(WebSocketCloseStatus.NormalClosure, "closed by client");
                    return;
                case FrameKind.TooLarge when frameLimit.DropsOversized:
                    continue;
                case FrameKind.TooLarge:
                    handler.Oversized(frameLimit.Bytes);
                    Close(WebSocketCloseStatus.MessageTooBig, "message too big");
                    return;
            }

            if (time.GetUtcNow() >= TokenExpiresAt)
            {
                Close(WebSocketCloseStatus.PolicyViolation, "token expired");
                return;
            }

            handler.Received(frame.Text);
        }
    }

    private async Task WriteLoopAsync(CancellationToken aborted)
    {
        try
        {
            await foreach (var frame in _outbound.Reader.ReadAllAsync(aborted))
            {
                if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
                {
                    return;
                }

                await socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, true, aborted);
            }

            if (_dropWhenSent)
            {
                Abort();
                return;
            }

            await SendCloseAsync(aborted);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            logger.LogDebug("Connection {ConnectionId} stopped writing: {Reason}", Id, ex.Message);
        }
    }

    private async Task SendCloseAsync(CancellationToken aborted)
    {
        var (status, description) = _closeStatus ?? (WebSocketCloseStatus.NormalClosure, "closing");
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(status, description, aborted);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            logger.LogDebug("Connection {ConnectionId} close handshake incomplete: {Reason}", Id, ex.Message);
        }
    }
}
