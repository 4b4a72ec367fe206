using Microsoft.Extensions.DependencyInjection;
using Netra.E2E.Simulator.Tests.Support;
using static Netra.E2E.Simulator.Tests.Replay.Tape;

namespace Netra.E2E.Simulator.Tests.Replay;

/// <summary>Frames go out at their recorded offsets scaled by Speed, measured on the injected clock (never by waiting).</summary>
public sealed class ReplayPacingTests : IAsyncLifetime
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(200);
    private readonly CassetteDirectory _cassettes = new();
    private readonly ManualClock _clock = new();

    [Fact]
    public async Task At_speed_1_turn_0_frames_are_sent_at_their_offsets_from_the_upgrade()
    {
        _cassettes.Write("Paced.json", Cassette(Session("alice#1", [
            In(0, 0, """{ "type": "welcome" }"""),
            In(0, 1000, """{ "type": "ping" }"""),
        ])));
        using var socket = await CassetteDirectory.ConnectAsync(Host("1"), "Paced.json", "alice#1");

        (await socket.NextAsync())!["type"]!.GetValue<string>().Should().Be("welcome");
        await _clock.FirstTimer.WaitAsync(TestSocket.Wait, TestContext.Current.CancellationToken);
        _clock.Advance(TimeSpan.FromMilliseconds(999));
        (await socket.FirstWithinAsync(Quiet)).Should().BeNull("the ping was recorded 1000 ms after the upgrade");

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        (await socket.NextAsync())!["type"]!.GetValue<string>().Should().Be("ping");
    }

    [Fact]
    public async Task At_speed_10_turn_k_frames_are_sent_a_tenth_of_their_offset_after_the_clients_frame()
    {
        _cassettes.Write("Fast.json", Cassette(Session("alice#1", [
            Out(1, """{ "type": "user_message" }"""),
            In(1, 500, """{ "type": "agent_started" }"""),
        ])));
        using var socket = await CassetteDirectory.ConnectAsync(Host("10"), "Fast.json", "alice#1");

        await socket.SendAsync("""{"type":"user_message"}""");
        await _clock.FirstTimer.WaitAsync(TestSocket.Wait, TestContext.Current.CancellationToken);
        _clock.Advance(TimeSpan.FromMilliseconds(49));
        (await socket.FirstWithinAsync(Quiet)).Should().BeNull("500 ms at speed 10 is 50 ms");

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        (await socket.NextAsync())!["type"]!.GetValue<string>().Should().Be("agent_started");
    }

    [Fact]
    public async Task At_speed_0_every_frame_goes_out_at_once_in_recorded_order()
    {
        _cassettes.Write("Unpaced.json", Cassette(Session("alice#1", [
            In(0, 60_000, """{ "n": 1 }"""),
            In(0, 60_000, """{ "n": 2 }"""),
            In(0, 120_000, """{ "n": 3 }"""),
        ])));
        using var socket = await CassetteDirectory.ConnectAsync(Host("0"), "Unpaced.json", "alice#1");

        var frames = new[] { await socket.NextAsync(), await socket.NextAsync(), await socket.NextAsync() };

        frames.Select(f => f!["n"]!.GetValue<int>()).Should().Equal(1, 2, 3);
    }

    private SimulatorHost Host(string speed) => _cassettes.Host(speed, s => s.AddSingleton<TimeProvider>(_clock));

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _cassettes.DisposeAsync();
}
