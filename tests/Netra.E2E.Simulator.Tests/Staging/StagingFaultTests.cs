using System.Text.Json;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Tests.Support;

namespace Netra.E2E.Simulator.Tests.Staging;

/// <summary>Every fault keeps its effect under staging, in the staging forms.</summary>
public sealed class StagingFaultTests : IAsyncLifetime
{
    private const string Request = """{"type":"user_message","payload":{"content":"Optimize my AWS costs"}}""";
    private readonly SimulatorHost _host = SimulatorHost.Staging();

    [Fact]
    public async Task OmitAgentStarted_drops_the_supervisors_agent_started_only()
    {
        using var socket = await GreetedAsync("omit-started", SimulatorFault.OmitAgentStarted);

        await socket.SendAsync(Request);
        var frames = await socket.UntilAsync(StagingFrames.IsRunEnd);

        frames.Should().NotContain(f => StagingFrames.Type(f) == "agent_started" && StagingFrames.Emitted(f));
        frames.Should().Contain(f => StagingFrames.Type(f) == "agent_started" && StagingFrames.Agent(f) == "triage_agent", "sub-agents still start");
    }

    [Fact]
    public async Task ErrorForValidRequest_ends_the_run_with_an_agent_error_naming_the_run()
    {
        using var socket = await GreetedAsync("error-run", SimulatorFault.ErrorForValidRequest);

        await socket.SendAsync(Request);
        var error = (await socket.NextAsync())!;

        StagingFrames.Type(error).Should().Be("agent_error");
        StagingFrames.RunId(error).Should().StartWith("run_thread_session_");
        error["payload"]!["error_type"]!.GetValue<string>().Should().Be("INTERNAL_ERROR");
        error["payload"]!["error_message"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task LeakOtherUsersEvents_sends_another_users_run_frame_before_the_connections_own_run()
    {
        using var socket = await GreetedAsync("leaking", SimulatorFault.LeakOtherUsersEvents);

        await socket.SendAsync(Request);
        var leaked = (await socket.NextAsync())!;
        var own = (await socket.NextAsync())!;

        leaked["user_context"]!["user_id"]!.GetValue<string>().Should().NotBe("leaking", "the emitter names the run's owner");
        own["user_context"]!["user_id"]!.GetValue<string>().Should().Be("leaking");
        StagingFrames.RunId(leaked).Should().NotBe(StagingFrames.RunId(own));
    }

    [Theory]
    [InlineData(SimulatorFault.MalformedFrame)]
    [InlineData(SimulatorFault.OversizedFrame)]
    public async Task A_broken_frame_fault_still_sends_its_broken_frame(SimulatorFault fault)
    {
        using var socket = await GreetedAsync("broken", fault);

        await socket.SendAsync(Request);
        var broken = await FirstBrokenAsync(socket, fault);

        broken.Should().StartWith("{\"type\":", "the broken frame still looks like an event").And.Contain("agent_thinking");
    }

    /// <summary>The run's frames up to the broken one; a run that ends without it fails the test by its completion or the wait.</summary>
    private static async Task<string> FirstBrokenAsync(TestSocket socket, SimulatorFault fault)
    {
        while (await socket.NextRawAsync() is { } frame)
        {
            if (fault == SimulatorFault.MalformedFrame ? !IsJson(frame) : frame.Length > 1024 * 1024)
            {
                return frame;
            }

            frame.Should().NotContain("\"supervisor_agent\",\"metadata\":{\"content\"", "the broken frame comes before the run completes");
        }

        throw new InvalidOperationException("The socket closed before the broken frame.");
    }

    [Fact]
    public async Task NoErrorForInvalidRequest_leaves_bad_json_unanswered()
    {
        using var socket = await GreetedAsync("silent", SimulatorFault.NoErrorForInvalidRequest);

        await socket.SendAsync("{not json");
        await socket.SendAsync("""{"type":"ping"}""");

        StagingFrames.Type((await socket.NextAsync())!).Should().Be("pong");
    }

    private async Task<TestSocket> GreetedAsync(string user, SimulatorFault fault)
    {
        var socket = await _host.ConnectAsync(user, fault.ToString());
        await socket.NextOfTypeAsync("ping");
        return socket;
    }

    private static bool IsJson(string frame)
    {
        try
        {
            using var _ = JsonDocument.Parse(frame);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
