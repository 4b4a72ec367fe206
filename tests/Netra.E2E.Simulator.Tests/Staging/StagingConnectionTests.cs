using Microsoft.Extensions.DependencyInjection;
using Netra.E2E.Simulator.Tests.Support;

namespace Netra.E2E.Simulator.Tests.Staging;

/// <summary>The deployed backend's connection: welcome, its own pings, answers to client frames, and silence for what it drops.</summary>
public sealed class StagingConnectionTests : IAsyncLifetime
{
    private readonly SimulatorHost _host = SimulatorHost.Staging();

    [Fact]
    public async Task The_welcome_is_followed_at_once_by_a_ping_and_then_one_every_heartbeat_interval()
    {
        var clock = new ManualClock();
        await using var host = SimulatorHost.Staging(new Dictionary<string, string?> { ["Simulator:HeartbeatSeconds"] = "25" },
            services => services.AddSingleton<TimeProvider>(clock));
        using var socket = await host.ConnectAsync("heartbeat");

        var welcome = await socket.NextAsync();
        var firstPing = await socket.NextAsync();
        await clock.FirstTimer.WaitAsync(TestSocket.Wait, TestContext.Current.CancellationToken);

        welcome!["type"]!.GetValue<string>().Should().Be("system_message");
        welcome["data"]!["config"]!["heartbeat_interval"]!.GetValue<int>().Should().Be(25);
        StagingFrames.Type(firstPing!).Should().Be("ping");

        clock.Advance(TimeSpan.FromSeconds(24));
        await socket.SendAsync("""{"type":"ping"}""");
        StagingFrames.Type((await socket.NextAsync())!).Should().Be("pong", "no server ping is due before 25 s");

        clock.Advance(TimeSpan.FromSeconds(1));
        StagingFrames.Type((await socket.NextAsync())!).Should().Be("ping");
        clock.Advance(TimeSpan.FromSeconds(25));
        StagingFrames.Type((await socket.NextAsync())!).Should().Be("ping");
    }

    [Theory]
    [InlineData("""{"type":"ping","message_id":"p1"}""", "pong")]
    [InlineData("""{"type":"heartbeat"}""", "heartbeat_ack")]
    [InlineData("""{"type":"message_created","payload":{"content":"hi"}}""", "ack")]
    [InlineData("""{"payload":{"content":"no type"}}""", "ack")]
    [InlineData("{not json", "error_message")]
    public async Task Each_client_frame_gets_its_answer(string frame, string answer)
    {
        using var socket = await GreetedAsync("answers");

        await socket.SendAsync(frame);
        var reply = (await socket.NextAsync())!;

        StagingFrames.Type(reply).Should().Be(answer);
        reply.ToJsonString().Should().NotContain("message_id", "the deployed backend echoes no message id");
        switch (answer)
        {
            case "pong":
                reply["data"]!["user_id"]!.GetValue<string>().Should().Be("answers");
                break;
            case "ack":
                reply["received_type"]!.GetValue<string>().Should().Be(frame.Contains("message_created") ? "message_created" : "unknown");
                reply["status"]!.GetValue<string>().Should().Be("acknowledged");
                break;
            case "error_message":
                reply["error_code"]!.GetValue<string>().Should().Be("FORMAT_ERROR");
                break;
        }
    }

    [Theory]
    [InlineData("""{"type":"pong"}""")]
    [InlineData("""{"type":"user_message","payload":{"content":""}}""")]
    [InlineData("""{"type":"user_message","payload":{"message":"   "}}""")]
    [InlineData("""{"type":"start_agent","payload":{"agent_type":"cost_optimizer","query":"no user_request"}}""")]
    public async Task Frames_the_backend_does_not_answer_get_no_reply_at_all(string frame)
    {
        using var socket = await GreetedAsync("unanswered");

        await socket.SendAsync(frame);
        await socket.SendAsync("""{"type":"ping"}""");

        StagingFrames.Type((await socket.NextAsync())!).Should().Be("pong", "nothing answers {0}, so the ping's pong comes next", frame);
    }

    [Theory]
    [InlineData(8_193)]
    [InlineData(2 * 1024 * 1024)]
    public async Task A_frame_over_8192_bytes_is_dropped_silently_and_the_connection_keeps_answering(int size)
    {
        using var socket = await GreetedAsync("oversized");

        await socket.SendAsync(FrameOfSize("""{"type":"user_message","payload":{"content":"Optimize my AWS costs","padding":""}}""", size));
        await socket.SendAsync(FrameOfSize("""{"type":"ping","padding":""}""", 8_192));

        StagingFrames.Type((await socket.NextAsync())!).Should().Be("pong", "the oversized request is dropped and a frame of exactly 8,192 bytes is read");
        socket.CloseStatus.Should().BeNull();
    }

    private async Task<TestSocket> GreetedAsync(string user)
    {
        var socket = await _host.ConnectAsync(user);
        await socket.NextOfTypeAsync("system_message");
        await socket.NextOfTypeAsync("ping");
        return socket;
    }

    /// <summary>The frame with its empty "padding" string filled so that it is exactly this many bytes.</summary>
    private static string FrameOfSize(string frame, int bytes) => frame.Replace("\"padding\":\"\"", $"\"padding\":\"{new string('x', bytes - frame.Length)}\"");

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
