using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Netra.E2E.Simulator.Connections;

namespace Netra.E2E.Simulator.Replay;

/// <summary>
/// Replays one recorded session on an accepted socket: turn 0 at once, turn k when the client's k-th text frame
/// arrives, each frame at its recorded offset (scaled by Speed) from the start of its turn. The receive loop binds
/// placeholders and schedules; one send loop sends everything in recorded order, so sends never overlap.
/// </summary>
public sealed class ReplaySession(WebSocket socket, RecordedSession recorded, ReplayOptions options, TimeProvider time, ILogger logger)
{
    public const int LargestClientFrame = 1024 * 1024;

    private readonly Channel<Outgoing> _outgoing = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly PlaceholderBinder _placeholders = new();
    private bool _closeQueued;

    public async Task RunAsync(CancellationToken aborted)
    {
        var failed = false;
        using var stopSending = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var sending = Task.CompletedTask;
        try
        {
            Schedule(0, time.GetUtcNow());
            sending = SendLoopAsync(stopSending.Token, aborted);
            await ReceiveLoopAsync(aborted);
        }
        catch (Exception ex) when (IsConnectionEnd(ex))
        {
            logger.LogDebug("Replay of session {Session} ended: {Reason}", recorded.Key, ex.Message);
        }
        catch (Exception ex)
        {
            failed = true;
            logger.LogError(ex, "Replay of session {Session} failed", recorded.Key);
        }
        finally
        {
            // The client's close (or a failure) ends the replay: frames still waiting for their time are dropped.
            await stopSending.CancelAsync();
            await sending;
        }

        await FinishCloseAsync(failed, aborted);
    }

    private async Task ReceiveLoopAsync(CancellationToken aborted)
    {
        var reader = new FrameReader(socket, new FrameLimit(LargestClientFrame, DropsOversized: false));
        var turn = 0;
        while (true)
        {
            var frame = await reader.ReadAsync(aborted);
            if (frame.Kind == FrameKind.Closed)
            {
                return;
            }

            // Once the server's close is queued, only the client's close matters.
            if (_closeQueued || frame.Kind == FrameKind.NotText)
            {
                continue;
            }

            if (frame.Kind == FrameKind.TooLarge)
            {
                QueueClose(new CloseFrame((int)WebSocketCloseStatus.MessageTooBig, $"replay: frame over {LargestClientFrame} bytes"), time.GetUtcNow());
                continue;
            }

            var arrived = time.GetUtcNow();
            if (++turn > recorded.LastTurn)
            {
                QueueClose(new CloseFrame((int)WebSocketCloseStatus.InternalServerError, $"replay: cassette has no turn {turn}"), arrived);
                continue;
            }

            _placeholders.Bind(recorded.Turns[turn].Out!, frame.Text!);
            Schedule(turn, arrived);
        }
    }

    private void Schedule(int turn, DateTimeOffset start)
    {
        var due = start;
        foreach (var frame in recorded.Turns[turn].In)
        {
            due = start + options.Offset(frame.AtMs);
            _outgoing.Writer.TryWrite(new Outgoing(due, FrameWriter.Write(frame, _placeholders), null));
        }

        if (turn == recorded.LastTurn && recorded.Close is { ByServer: true } close)
        {
            QueueClose(new CloseFrame(close.Code, null), due);
        }
    }

    private void QueueClose(CloseFrame close, DateTimeOffset due)
    {
        _closeQueued = true;
        _outgoing.Writer.TryWrite(new Outgoing(due, null, close));
        _outgoing.Writer.TryComplete();
    }

    /// <summary>Sends each frame at its time. Waits stop with the replay; sends and the close run to their end (cancelling a send would abort the socket).</summary>
    private async Task SendLoopAsync(CancellationToken stop, CancellationToken aborted)
    {
        try
        {
            await foreach (var item in _outgoing.Reader.ReadAllAsync(stop))
            {
                var wait = item.Due - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, stop);
                }

                if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
                {
                    return;
                }

                if (item.Close is { } close)
                {
                    await CloseAsync(close, aborted);
                    return;
                }

                await socket.SendAsync(Encoding.UTF8.GetBytes(item.Text!), WebSocketMessageType.Text, endOfMessage: true, aborted);
            }
        }
        catch (Exception ex) when (IsConnectionEnd(ex))
        {
            logger.LogDebug("Replay of session {Session} stopped sending: {Reason}", recorded.Key, ex.Message);
        }
    }

    private async Task CloseAsync(CloseFrame close, CancellationToken aborted)
    {
        switch (close.Code)
        {
            // Codes that never travel in a close frame: the recorded server dropped the connection.
            case 1006 or 1015:
                socket.Abort();
                break;
            case null or 1005:
                await socket.CloseOutputAsync(WebSocketCloseStatus.Empty, null, aborted);
                break;
            case { } code:
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, close.Description, aborted);
                break;
        }
    }

    /// <summary>Answers the client's close with its own code, or closes 1011 after a failure of the replay itself.</summary>
    private async Task FinishCloseAsync(bool failed, CancellationToken aborted)
    {
        try
        {
            if (socket.State == WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, null, aborted);
            }
            else if (failed && socket.State == WebSocketState.Open)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.InternalServerError, "replay: server error", aborted);
            }
        }
        catch (Exception ex) when (IsConnectionEnd(ex))
        {
            logger.LogDebug("Replay of session {Session}: close handshake incomplete: {Reason}", recorded.Key, ex.Message);
        }
    }

    private static bool IsConnectionEnd(Exception ex) =>
        ex is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException;

    private sealed record CloseFrame(int? Code, string? Description);

    /// <summary>A frame's text, or a close, and when it is due.</summary>
    private sealed record Outgoing(DateTimeOffset Due, string? Text, CloseFrame? Close);
}
