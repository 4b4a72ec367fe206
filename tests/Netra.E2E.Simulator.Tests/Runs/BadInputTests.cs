using Netra.E2E.Simulator.Tests.Support;

namespace Netra.E2E.Simulator.Tests.Runs;

/// <summary>Absurd figures in a request get an answer or the protocol's error, never a crash: the connection stays usable.</summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private readonly SimulatorHost _host = new();

    [Theory]
    [InlineData("spend beyond any budget", """{"type":"start_agent","payload":{"agent_type":"optimization_agent","user_request":"Cut costs","run_id":"run_x","monthly_spend":1e300}}""", "error")]
    [InlineData("spend not a number", """{"type":"start_agent","payload":{"agent_type":"optimization_agent","user_request":"Cut costs","run_id":"run_x","monthly_spend":"NaN"}}""", "error")]
    [InlineData("spend that overflows the arithmetic", """{"type":"start_agent","payload":{"agent_type":"optimization_agent","user_request":"Cut costs","run_id":"run_x","monthly_spend":1e28}}""", "error")]
    [InlineData("negative target beyond range", """{"type":"start_agent","payload":{"agent_type":"optimization_agent","user_request":"Cut costs","run_id":"run_x","target_reduction":-1e300}}""", "error")]
    [InlineData("growth beyond range", """{"type":"start_agent","payload":{"agent_type":"unified_data_agent","user_request":"capacity forecast","run_id":"run_x","growth_rate":1e300}}""", "error")]
    [InlineData("dollar figure in the text beyond range", """{"type":"user_message","payload":{"content":"Optimize costs, we spend $9,999,999,999,999,999,999,999,999k a month","run_id":"run_x"}}""", "error")]
    [InlineData("top count beyond int", """{"type":"user_message","payload":{"content":"Show me the top 99999999999 cost optimization opportunities","run_id":"run_x"}}""", "agent_completed")]
    public async Task A_request_with_absurd_figures_gets_an_answer_or_an_error_and_the_connection_survives(string why, string frame, string outcome)
    {
        using var socket = await _host.ConnectAsync("absurd");
        await socket.NextOfTypeAsync("connection_established");

        await socket.SendAsync(frame);
        var reply = await socket.NextAsync();
        while (reply?["type"]?.GetValue<string>() is not ("error" or "agent_completed" or null))
        {
            reply = await socket.NextAsync();
        }

        reply.Should().NotBeNull("the socket must stay open after {0}", why);
        reply!["type"]!.GetValue<string>().Should().Be(outcome, reply.ToJsonString());
        reply["run_id"]!.GetValue<string>().Should().Be("run_x");
        if (outcome == "error")
        {
            reply["payload"]!["code"]!.GetValue<string>().Should().Be("INVALID_MESSAGE");
        }

        await socket.SendAsync("""{"type":"ping","message_id":"after"}""");
        (await socket.NextOfTypeAsync("pong"))["message_id"]!.GetValue<string>().Should().Be("after");
        _host.Errors.All.Should().BeEmpty();
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
