using Microsoft.Extensions.DependencyInjection;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Dialects.Contract;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Hosting;
using Netra.E2E.Simulator.Tests.Support;

namespace Netra.E2E.Simulator.Tests.Runs;

/// <summary>Routing speaks only through the injected dialect: its greeting, its heartbeat, its frames.</summary>
public sealed class RoutingTests
{
    [Fact]
    public async Task A_dialect_with_a_heartbeat_gets_it_sent_while_the_connection_is_open()
    {
        await using var host = new SimulatorHost(services: services => services.AddSingleton<IServerDialect>(sp =>
            new BeatingDialect(new ContractDialect(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IIdSource>()))));
        using var socket = await host.ConnectAsync("heartbeat");

        await socket.NextOfTypeAsync("connection_established");
        var first = await socket.NextOfTypeAsync("pong");
        var second = await socket.NextOfTypeAsync("pong");

        first["message_id"]!.GetValue<string>().Should().Be(BeatingDialect.BeatId);
        second["message_id"]!.GetValue<string>().Should().Be(BeatingDialect.BeatId);
    }

    [Fact]
    public async Task A_run_streams_every_event_to_all_of_the_owners_connections_and_no_one_else()
    {
        await using var host = new SimulatorHost();
        using var asking = await host.ConnectAsync("owner");
        using var watching = await host.ConnectAsync("owner");
        using var stranger = await host.ConnectAsync("stranger");
        await asking.NextOfTypeAsync("connection_established");
        await watching.NextOfTypeAsync("connection_established");
        await stranger.NextOfTypeAsync("connection_established");

        await asking.SendAsync("""{"type":"start_agent","payload":{"agent_type":"cost_optimizer","user_request":"Optimize my AWS costs","run_id":"run_owner"}}""");

        (await asking.NextOfTypeAsync("agent_completed"))["run_id"]!.GetValue<string>().Should().Be("run_owner");
        (await watching.NextOfTypeAsync("agent_completed"))["run_id"]!.GetValue<string>().Should().Be("run_owner");
        await stranger.SendAsync("""{"type":"ping","message_id":"p-stranger"}""");
        (await stranger.NextAsync())!["type"]!.GetValue<string>().Should().Be("pong", "nothing of another user's run reaches this connection");
    }

    [Fact]
    public async Task An_oversized_frame_gets_message_too_large_then_close_1009()
    {
        await using var host = new SimulatorHost(new Dictionary<string, string?> { ["Simulator:MaxFrameBytes"] = "1024" });
        using var socket = await host.ConnectAsync("oversized");
        await socket.NextOfTypeAsync("connection_established");

        await socket.SendAsync($$$"""{"type":"user_message","payload":{"content":"{{{new string('x', 2048)}}}"}}""");
        var error = await socket.NextOfTypeAsync("error");
        var rest = await socket.UntilClosedAsync();

        error["payload"]!["code"]!.GetValue<string>().Should().Be("MESSAGE_TOO_LARGE");
        error["payload"]!["message"]!.GetValue<string>().Should().Be("frame exceeds the 1024 byte limit");
        rest.Should().BeEmpty();
        socket.CloseStatus.Should().Be(System.Net.WebSockets.WebSocketCloseStatus.MessageTooBig);
    }

    [Fact]
    public async Task LeakOtherUsersEvents_shows_another_users_run_before_the_connections_own()
    {
        await using var host = new SimulatorHost();
        using (var other = await host.ConnectAsync("other-user"))
        {
            await other.SendAsync("""{"type":"user_message","payload":{"content":"Optimize my Azure costs","run_id":"run_other"}}""");
            await other.NextOfTypeAsync("agent_completed");
        }

        using var leaking = await host.ConnectAsync("leaking-user", nameof(SimulatorFault.LeakOtherUsersEvents));
        await leaking.NextOfTypeAsync("connection_established");
        await leaking.SendAsync("""{"type":"user_message","payload":{"content":"Optimize my AWS costs","run_id":"run_own"}}""");

        (await leaking.NextAsync())!["run_id"]!.GetValue<string>().Should().Be("run_other");
        (await leaking.NextAsync())!["run_id"]!.GetValue<string>().Should().Be("run_own");
    }

    [Fact]
    public async Task CloseMidRun_delivers_two_events_then_drops_the_socket_without_a_close_frame()
    {
        await using var host = new SimulatorHost();
        using var socket = await host.ConnectAsync("dropped", nameof(SimulatorFault.CloseMidRun));
        await socket.NextOfTypeAsync("connection_established");

        await socket.SendAsync("""{"type":"user_message","payload":{"content":"Optimize my AWS costs"}}""");
        var frames = await socket.UntilClosedAsync();

        frames.Select(f => f["type"]!.GetValue<string>()).Should().Equal("agent_started", "agent_thinking");
        socket.CloseStatus.Should().BeNull("a dropped connection sends no close frame");
    }

    private sealed class BeatingDialect(IServerDialect inner) : ServerDialectDecorator(inner)
    {
        public const string BeatId = "beat";

        public override ServerHeartbeat? Heartbeat => new(TimeSpan.FromMilliseconds(20), () => new Pong(BeatId));
    }
}
