using System.Net.WebSockets;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Tests.Support;

namespace Netra.E2E.Simulator.Tests.Faults;

/// <summary>A bug in the double surfaces: recorded in ServerErrors for the test that caused it, and the socket closes with 1011.</summary>
public sealed class ServerExceptionTests : IAsyncLifetime
{
    private readonly SimulatorHost _host = new();

    [Fact]
    public async Task A_simulator_exception_while_streaming_is_recorded_and_closes_the_socket_with_1011()
    {
        using var socket = await _host.ConnectAsync("buggy-run", nameof(SimulatorFault.ServerException));
        await socket.NextOfTypeAsync("connection_established");

        await socket.SendAsync("""{"type":"user_message","payload":{"content":"Optimize my AWS costs","run_id":"run_buggy"}}""");
        var started = await socket.NextOfTypeAsync("agent_started");
        var rest = await socket.UntilClosedAsync();

        started["run_id"]!.GetValue<string>().Should().Be("run_buggy");
        rest.Should().BeEmpty("the run stops at the exception");
        socket.CloseStatus.Should().Be(WebSocketCloseStatus.InternalServerError);
        var error = _host.Errors.ForUser("buggy-run").Should().ContainSingle().Subject;
        error.Exception.Should().BeOfType<InvalidOperationException>().Which.Message.Should().Be("simulated bug in the simulator: ServerException fault");
        error.RunId.Should().Be("run_buggy");
        error.ConnectionId.Should().StartWith("conn_");
        _host.Errors.All.Should().ContainSingle();
    }

    [Fact]
    public async Task A_healthy_run_records_no_error()
    {
        using var socket = await _host.ConnectAsync("healthy-run");

        await socket.SendAsync("""{"type":"user_message","payload":{"content":"Optimize my AWS costs"}}""");
        await socket.NextOfTypeAsync("agent_completed");

        _host.Errors.ForUser("healthy-run").Should().BeEmpty();
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
