using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Tests.Support;

namespace Netra.E2E.Simulator.Tests.Faults;

/// <summary>InternalErrorForBadInput: malformed input gets INTERNAL_ERROR instead of INVALID_MESSAGE (contract) or FORMAT_ERROR (staging).</summary>
public sealed class BadInputFaultTests
{
    [Theory]
    [InlineData("contract", "error")]
    [InlineData("staging", "error_message")]
    public async Task A_frame_that_is_not_json_gets_internal_error(string dialect, string type)
    {
        var wire = WireForm.Of(dialect);
        await using var host = wire.Host();
        using var socket = await wire.GreetedAsync(host, "bad-input", nameof(SimulatorFault.InternalErrorForBadInput));

        await socket.SendAsync("{not json");
        var error = (await socket.NextAsync())!;

        WireForm.Type(error).Should().Be(type);
        wire.ErrorCode(error).Should().Be("INTERNAL_ERROR");
        await socket.SendAsync("""{"type":"ping"}""");
        WireForm.Type((await socket.NextAsync())!).Should().Be("pong", "the connection survives");
    }

    [Theory]
    [InlineData("contract", "error")]
    [InlineData("staging", "agent_error")]
    public async Task A_broken_json_fragment_as_content_fails_its_run_with_internal_error(string dialect, string type)
    {
        var wire = WireForm.Of(dialect);
        await using var host = wire.Host();
        using var socket = await wire.GreetedAsync(host, "bad-input", nameof(SimulatorFault.InternalErrorForBadInput));

        await socket.SendAsync("""{"type":"user_message","payload":{"content":"{\"invalid\": \"json\"","run_id":"run_fragment"}}""");
        var error = (await socket.NextAsync())!;

        WireForm.Type(error).Should().Be(type);
        wire.ErrorCode(error).Should().Be("INTERNAL_ERROR");
        wire.RunId(error).Should().NotBeNullOrEmpty("the error belongs to the run");
    }

    [Theory]
    [InlineData("contract", "INVALID_MESSAGE")]
    [InlineData("staging", "FORMAT_ERROR")]
    public async Task Valid_json_that_breaks_a_rule_keeps_the_protocols_own_error(string dialect, string code)
    {
        var wire = WireForm.Of(dialect);
        await using var host = wire.Host();
        using var socket = await wire.GreetedAsync(host, "bad-input", nameof(SimulatorFault.InternalErrorForBadInput));

        await socket.SendAsync(dialect == "staging" ? "[1, 2]" : """{"payload":{"content":"no type"}}""");

        wire.ErrorCode((await socket.NextAsync())!).Should().Be(code);
    }
}
