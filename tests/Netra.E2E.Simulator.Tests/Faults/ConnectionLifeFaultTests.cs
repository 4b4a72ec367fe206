using System.Diagnostics;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Tests.Support;

namespace Netra.E2E.Simulator.Tests.Faults;

/// <summary>The ways the deployed backend is alive but useless, or not there at all, each in both dialects.</summary>
public sealed class ConnectionLifeFaultTests
{
    /// <summary>How long a test listens to show that nothing comes; bounded, and far longer than the simulator takes to answer.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    [Theory]
    [MemberData(nameof(WireForm.Dialects), MemberType = typeof(WireForm))]
    public async Task AliveButNeverRuns_answers_pings_but_no_request_gets_any_frame(string dialect)
    {
        var wire = WireForm.Of(dialect);
        await using var host = wire.Host();
        using var socket = await wire.GreetedAsync(host, "alive", nameof(SimulatorFault.AliveButNeverRuns));

        await socket.SendAsync("""{"type":"start_agent","payload":{"agent_type":"nonexistent_agent","user_request":"Optimize my AWS costs"}}""");
        await socket.SendAsync("""{"type":"user_message","payload":{"content":"Optimize my AWS costs"}}""");
        await socket.SendAsync("""{"type":"user_message","payload":{"content":""}}""");
        await socket.SendAsync("""{"type":"ping","message_id":"still-there"}""");

        WireForm.Type((await socket.NextAsync())!).Should().Be("pong", "no run, no error comes before the pong");
        (await socket.FirstWithinAsync(Quiet)).Should().BeNull("nothing of the requests comes after it either");
    }

    [Fact]
    public async Task AliveButNeverRuns_under_staging_keeps_its_heartbeat()
    {
        var clock = new ManualClock();
        await using var host = SimulatorHost.Staging(services: s => s.AddSingleton<TimeProvider>(clock));
        using var socket = await WireForm.Staging.GreetedAsync(host, "alive", nameof(SimulatorFault.AliveButNeverRuns));
        await socket.SendAsync("""{"type":"user_message","payload":{"content":"Optimize my AWS costs"}}""");
        await clock.FirstTimer.WaitAsync(TestSocket.Wait, TestContext.Current.CancellationToken);

        clock.Advance(TimeSpan.FromSeconds(25));

        WireForm.Type((await socket.NextAsync())!).Should().Be("ping");
    }

    [Theory]
    [MemberData(nameof(WireForm.Dialects), MemberType = typeof(WireForm))]
    public async Task GreetsThenSilent_greets_then_sends_nothing_and_keeps_the_socket_open(string dialect)
    {
        var wire = WireForm.Of(dialect);
        await using var host = wire.Host(settings: new Dictionary<string, string?> { ["Simulator:HeartbeatSeconds"] = "1" });
        using var socket = await wire.GreetedAsync(host, "silent", nameof(SimulatorFault.GreetsThenSilent));

        await socket.SendAsync("""{"type":"ping","message_id":"anyone"}""");
        await socket.SendAsync("""{"type":"user_message","payload":{"content":"Optimize my AWS costs"}}""");
        await socket.SendAsync("{not json");

        (await socket.FirstWithinAsync(Quiet)).Should().BeNull("no pong, no run, no error, no heartbeat");
        socket.CloseStatus.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(WireForm.Dialects), MemberType = typeof(WireForm))]
    public async Task NeverGreets_upgrades_then_sends_nothing_at_all(string dialect)
    {
        await using var host = WireForm.Of(dialect).Host();
        using var socket = await host.ConnectAsync("ungreeted", nameof(SimulatorFault.NeverGreets));

        (await socket.FirstWithinAsync(Quiet)).Should().BeNull("no welcome");
        await socket.SendAsync("""{"type":"ping","message_id":"anyone"}""");
        (await socket.FirstWithinAsync(Quiet)).Should().BeNull("no pong");
        socket.CloseStatus.Should().BeNull();
    }

    [Theory]
    [InlineData("contract", "error")]
    [InlineData("staging", "error_message")]
    public async Task FailEveryConnection_sends_connection_error_then_closes_1011_without_a_welcome(string dialect, string type)
    {
        var wire = WireForm.Of(dialect);
        await using var host = wire.Host();
        using var socket = await host.ConnectAsync("failing", nameof(SimulatorFault.FailEveryConnection));

        var error = (await socket.UntilClosedAsync()).Should().ContainSingle().Subject;

        WireForm.Type(error).Should().Be(type);
        wire.ErrorCode(error).Should().Be("CONNECTION_ERROR");
        error.ToJsonString().Should().Contain("maximum recursion depth exceeded");
        socket.CloseStatus.Should().Be(WebSocketCloseStatus.InternalServerError);
        socket.CloseDescription.Should().Be("Internal error");
    }

    [Theory]
    [MemberData(nameof(WireForm.Dialects), MemberType = typeof(WireForm))]
    public async Task NeverUpgrades_leaves_the_handshake_unanswered_while_health_is_fine(string dialect)
    {
        await using var host = WireForm.Of(dialect).Host();
        var client = host.Server.CreateWebSocketClient();
        client.ConfigureRequest = request =>
        {
            request.Headers.Authorization = $"Bearer {host.Token("waiting")}";
            request.Headers[ConnectionFaults.HeaderName] = nameof(SimulatorFault.NeverUpgrades);
        };
        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        giveUp.CancelAfter(Quiet);

        var connect = () => client.ConnectAsync(new Uri(host.Server.BaseAddress, "ws"), giveUp.Token);

        await connect.Should().ThrowAsync<OperationCanceledException>("the client gives up; the server never answered");
        (await host.CreateClient().GetAsync("/health", TestContext.Current.CancellationToken)).IsSuccessStatusCode.Should().BeTrue();
    }

    [Fact]
    public async Task NeverUpgrades_lets_go_of_the_request_when_it_is_aborted()
    {
        await using var host = WireForm.Contract.Host();
        using var aborted = new CancellationTokenSource();
        var context = new DefaultHttpContext { RequestServices = host.Services, RequestAborted = aborted.Token };

        var hanging = UnansweredUpgrade.HangAsync(context);
        hanging.IsCompleted.Should().BeFalse();
        await aborted.CancelAsync();

        var released = () => hanging.WaitAsync(TestSocket.Wait, TestContext.Current.CancellationToken);
        await released.Should().ThrowAsync<OperationCanceledException>("the request ends with the client's cancellation, at once");
    }

    [Theory]
    [MemberData(nameof(WireForm.Dialects), MemberType = typeof(WireForm))]
    public async Task StreamsForever_starts_a_run_then_thinks_every_200_ms_without_completing(string dialect)
    {
        var wire = WireForm.Of(dialect);
        await using var host = wire.Host();
        using var socket = await wire.GreetedAsync(host, "endless", nameof(SimulatorFault.StreamsForever));

        await socket.SendAsync("""{"type":"user_message","payload":{"content":"Optimize my AWS costs"}}""");
        var started = (await socket.NextAsync())!;
        var clock = Stopwatch.StartNew();
        var thoughts = new List<System.Text.Json.Nodes.JsonObject>();
        for (var i = 0; i < 5; i++)
        {
            thoughts.Add((await socket.NextAsync())!);
        }

        WireForm.Type(started).Should().Be("agent_started");
        thoughts.Should().OnlyContain(t => WireForm.Type(t) == "agent_thinking" && wire.RunId(t) == wire.RunId(started));
        clock.Elapsed.Should().BeGreaterThan(TimeSpan.FromMilliseconds(700), "five thoughts 200 ms apart");
        host.Errors.All.Should().BeEmpty();
    }
}
