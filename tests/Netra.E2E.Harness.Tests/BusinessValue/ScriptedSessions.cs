using System.Net.WebSockets;
using System.Text;
using Netra.E2E.Harness.Auth;

namespace Netra.E2E.Harness.Tests.BusinessValue;

/// <summary>
/// A session whose backend is a script: the contract's greeting, the frames given, in order, then a close. Everything a
/// session received is then in <see cref="NetraSession.Received"/>, for the isolation checks.
/// </summary>
internal static class ScriptedSessions
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    public static async Task<NetraSession> ReceivingAsync(string userId, params string[] frames)
    {
        var ct = TestContext.Current.CancellationToken;
        var greeting = $$"""{"type":"connection_established","payload":{"connection_id":"conn_1","user_id":"{{userId}}"},"message_id":"welcome"}""";
        var socket = WebSocket.CreateFromStream(new ReplayStream(await ServerFramesAsync([greeting, .. frames], ct)), new WebSocketCreationOptions());
        var session = await NetraSession.StartAsync(socket, new TestUser(userId, $"{userId}@e2e.netra.test", "token"), SessionSetup.Plain("a scripted backend"), TimeSpan.Zero, ct);
        if (frames.Length > 0)
        {
            await session.ExpectAsync(e => e.Raw == frames[^1], Wait, "the script's last frame", ct);
        }

        return session;
    }

    /// <summary>A frame of a run in the contract's form, with whatever the payload says besides.</summary>
    public static string RunFrame(string type, string runId, string threadId, string payload = "") =>
        $$"""{"type":"{{type}}","payload":{"run_id":"{{runId}}","thread_id":"{{threadId}}","agent_name":"cost_optimizer"{{payload}}},"run_id":"{{runId}}","thread_id":"{{threadId}}","message_id":"{{Guid.NewGuid():N}}"}""";

    private static async Task<byte[]> ServerFramesAsync(IEnumerable<string> frames, CancellationToken ct)
    {
        var wire = new MemoryStream();
        using var server = WebSocket.CreateFromStream(wire, new WebSocketCreationOptions { IsServer = true });
        foreach (var frame in frames)
        {
            await server.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, endOfMessage: true, ct);
        }

        await server.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "script ended", ct);
        return wire.ToArray();
    }

    /// <summary>Reads the server's frames; what the client sends back goes nowhere.</summary>
    private sealed class ReplayStream(byte[] frames) : MemoryStream(frames, writable: false)
    {
        public override bool CanWrite => true;

        public override void Write(byte[] buffer, int offset, int count)
        {
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.CompletedTask;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }
}
