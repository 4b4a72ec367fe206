using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Netra.E2E.Simulator.Tests.Support;

/// <summary>A client socket whose frames are read by one loop into a channel, so every wait is bounded and none aborts the socket.</summary>
public sealed class TestSocket : IDisposable
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private readonly WebSocket _socket;
    private readonly Channel<string> _frames = Channel.CreateUnbounded<string>();
    private readonly List<string> _seen = [];

    public TestSocket(WebSocket socket)
    {
        _socket = socket;
        _ = ReceiveLoopAsync();
    }

    /// <summary>How the server closed the socket, once it has.</summary>
    public WebSocketCloseStatus? CloseStatus { get; private set; }

    public string? CloseDescription { get; private set; }

    /// <summary>The subprotocol the server selected in the handshake.</summary>
    public string? SubProtocol => _socket.SubProtocol;

    public Task SendAsync(string frame) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, true, TestContext.Current.CancellationToken);

    /// <summary>The next frame's JSON, or null when the socket closed first.</summary>
    public async Task<JsonObject?> NextAsync() => await NextRawAsync() is { } frame ? JsonNode.Parse(frame)!.AsObject() : null;

    /// <summary>The next frame as sent, JSON or not, or null when the socket closed first.</summary>
    public async Task<string?> NextRawAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Wait);
        try
        {
            if (!await _frames.Reader.WaitToReadAsync(timeout.Token))
            {
                return null;
            }
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"No frame within {Wait.TotalSeconds} s; seen so far: {string.Join(" | ", _seen)}");
        }

        _frames.Reader.TryRead(out var frame);
        _seen.Add(frame!.Length > 200 ? frame[..200] + "…" : frame);
        return frame;
    }

    /// <summary>
    /// The first frame that arrives within this bounded window, or null when none did: how a test shows that a server
    /// keeps quiet (a close counts as quiet; check CloseStatus).
    /// </summary>
    public async Task<string?> FirstWithinAsync(TimeSpan window)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(window);
        try
        {
            return await _frames.Reader.WaitToReadAsync(timeout.Token) && _frames.Reader.TryRead(out var frame) ? frame : null;
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>Reads frames until one of this type arrives.</summary>
    public async Task<JsonObject> NextOfTypeAsync(string type)
    {
        while (await NextAsync() is { } frame)
        {
            if (frame["type"]?.GetValue<string>() == type)
            {
                return frame;
            }
        }

        throw new InvalidOperationException($"The socket closed ({CloseStatus}) before a '{type}' frame; seen: {string.Join(" | ", _seen)}");
    }

    /// <summary>Reads frames up to and including the first that matches.</summary>
    public async Task<IReadOnlyList<JsonObject>> UntilAsync(Func<JsonObject, bool> last)
    {
        var frames = new List<JsonObject>();
        while (await NextAsync() is { } frame)
        {
            frames.Add(frame);
            if (last(frame))
            {
                return frames;
            }
        }

        throw new InvalidOperationException($"The socket closed ({CloseStatus}) before the awaited frame; seen: {string.Join(" | ", _seen)}");
    }

    /// <summary>Reads the rest of the frames until the server closes the socket.</summary>
    public async Task<IReadOnlyList<JsonObject>> UntilClosedAsync()
    {
        var frames = new List<JsonObject>();
        while (await NextAsync() is { } frame)
        {
            frames.Add(frame);
        }

        return frames;
    }

    public void Dispose() => _socket.Dispose();

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        CloseStatus = result.CloseStatus;
                        CloseDescription = result.CloseStatusDescription;
                        return;
                    }

                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                _frames.Writer.TryWrite(Encoding.UTF8.GetString(message.ToArray()));
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException or OperationCanceledException)
        {
            // The socket dropped or the test disposed it; readers see the end of the channel.
        }
        finally
        {
            _frames.Writer.TryComplete();
        }
    }
}
