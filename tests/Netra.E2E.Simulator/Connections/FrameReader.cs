using System.Net.WebSockets;
using System.Text;

namespace Netra.E2E.Simulator.Connections;

public enum FrameKind { Text, NotText, TooLarge, Closed }

/// <param name="Text">The frame's text; null unless Kind is Text.</param>
public readonly record struct ReceivedFrame(FrameKind Kind, string? Text = null);

/// <summary>The largest client frame a connection reads, and whether a larger one is dropped (the connection reads on) or ends it.</summary>
public sealed record FrameLimit(int Bytes, bool DropsOversized);

/// <summary>Reads whole messages from a socket, stopping at the size limit (or reading past a dropped frame to the next).</summary>
public sealed class FrameReader(WebSocket socket, FrameLimit limit)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly byte[] _buffer = new byte[8 * 1024];
    private readonly MemoryStream _message = new();

    public async Task<ReceivedFrame> ReadAsync(CancellationToken cancellation)
    {
        _message.SetLength(0);
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(_buffer, cancellation);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return new(FrameKind.Closed);
            }

            if (_message.Length + result.Count > limit.Bytes)
            {
                return limit.DropsOversized && !result.EndOfMessage ? await SkipRestAsync(cancellation) : new(FrameKind.TooLarge);
            }

            _message.Write(_buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        if (result.MessageType != WebSocketMessageType.Text)
        {
            return new(FrameKind.NotText);
        }

        try
        {
            return new(FrameKind.Text, StrictUtf8.GetString(_message.GetBuffer(), 0, (int)_message.Length));
        }
        catch (DecoderFallbackException)
        {
            return new(FrameKind.NotText);
        }
    }

    private async Task<ReceivedFrame> SkipRestAsync(CancellationToken cancellation)
    {
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(_buffer, cancellation);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return new(FrameKind.Closed);
            }
        }
        while (!result.EndOfMessage);

        return new(FrameKind.TooLarge);
    }
}
