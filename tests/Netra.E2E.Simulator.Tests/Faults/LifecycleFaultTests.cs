using System.Text.Json.Nodes;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Tests.Support;

namespace Netra.E2E.Simulator.Tests.Faults;

/// <summary>The faults that break a run's lifecycle, in each dialect's own forms, through the hosted simulator.</summary>
public sealed class LifecycleFaultTests
{
    private const string Request = """{"type":"user_message","payload":{"content":"Optimize my AWS costs; we spend $25,000 a month"}}""";

    [Theory]
    [MemberData(nameof(WireForm.Dialects), MemberType = typeof(WireForm))]
    public async Task SecondCompletion_sends_the_runs_completion_again(string dialect)
    {
        var (wire, completion, late) = await RunWithLateEventAsync(dialect, SimulatorFault.SecondCompletion);

        wire.IsRunEnd(late).Should().BeTrue("the same agent completes the same run a second time: {0}", late.ToJsonString());
        wire.RunId(late).Should().Be(wire.RunId(completion));
    }

    [Theory]
    [MemberData(nameof(WireForm.Dialects), MemberType = typeof(WireForm))]
    public async Task ToolAfterCompletion_sends_an_unpaired_tool_executing_of_the_run(string dialect)
    {
        var (wire, completion, late) = await RunWithLateEventAsync(dialect, SimulatorFault.ToolAfterCompletion);

        WireForm.Type(late).Should().Be("tool_executing");
        wire.ToolName(late).Should().Be(AfterCompletion.LateTool);
        wire.RunId(late).Should().Be(wire.RunId(completion));
    }

    [Theory]
    [InlineData("contract", "error")]
    [InlineData("staging", "agent_error")]
    public async Task ErrorAfterCompletion_sends_an_internal_error_of_the_run(string dialect, string type)
    {
        var (wire, completion, late) = await RunWithLateEventAsync(dialect, SimulatorFault.ErrorAfterCompletion);

        WireForm.Type(late).Should().Be(type);
        wire.ErrorCode(late).Should().Be("INTERNAL_ERROR");
        wire.RunId(late).Should().Be(wire.RunId(completion));
    }

    [Theory]
    [MemberData(nameof(WireForm.Dialects), MemberType = typeof(WireForm))]
    public async Task ThinkingAfterCompletion_sends_a_thought_of_the_run(string dialect)
    {
        var (wire, completion, late) = await RunWithLateEventAsync(dialect, SimulatorFault.ThinkingAfterCompletion);

        WireForm.Type(late).Should().Be("agent_thinking");
        wire.RunId(late).Should().Be(wire.RunId(completion));
    }

    [Theory]
    [MemberData(nameof(WireForm.Dialects), MemberType = typeof(WireForm))]
    public async Task EveryEventTwice_sends_each_frame_of_the_run_twice_in_a_row(string dialect)
    {
        var wire = WireForm.Of(dialect);
        await using var host = wire.Host();
        using var socket = await wire.GreetedAsync(host, "twice", nameof(SimulatorFault.EveryEventTwice));

        await socket.SendAsync(Request);
        var frames = new List<string>();
        while (await socket.NextRawAsync() is { } frame)
        {
            frames.Add(frame);
            if (frames.Count % 2 == 0 && wire.IsRunEnd(JsonNode.Parse(frame)!.AsObject()))
            {
                break;
            }
        }

        frames.Should().HaveCountGreaterThan(8);
        frames.Chunk(2).Should().OnlyContain(pair => pair.Length == 2 && pair[0] == pair[1], "every frame comes twice, byte for byte (one message id)");
    }

    [Theory]
    [MemberData(nameof(WireForm.Dialects), MemberType = typeof(WireForm))]
    public async Task StepBeyondTotal_numbers_the_runs_first_own_thought_99_of_1(string dialect)
    {
        var wire = WireForm.Of(dialect);
        var frames = await RunAsync(wire, SimulatorFault.StepBeyondTotal);

        var thoughts = frames.Where(f => WireForm.Type(f) == "agent_thinking").Select(wire.Step).ToList();

        thoughts.Should().Contain((99L, 1L));
        thoughts.Where(t => t.Step == 99).Should().ContainSingle();
    }

    [Theory]
    [MemberData(nameof(WireForm.Dialects), MemberType = typeof(WireForm))]
    public async Task NegativeDuration_says_the_run_took_minus_5_ms(string dialect)
    {
        var wire = WireForm.Of(dialect);
        var frames = await RunAsync(wire, SimulatorFault.NegativeDuration);

        wire.DurationMs(frames[^1]).Should().Be(-5);
    }

    private static async Task<IReadOnlyList<JsonObject>> RunAsync(WireForm wire, SimulatorFault fault)
    {
        await using var host = wire.Host();
        using var socket = await wire.GreetedAsync(host, "lifecycle", fault.ToString());
        await socket.SendAsync(Request);
        return await socket.UntilAsync(wire.IsRunEnd);
    }

    /// <summary>The run up to its completion, and the one frame after it; a ping then proves nothing else was sent.</summary>
    private static async Task<(WireForm Wire, JsonObject Completion, JsonObject Late)> RunWithLateEventAsync(string dialect, SimulatorFault fault)
    {
        var wire = WireForm.Of(dialect);
        await using var host = wire.Host();
        using var socket = await wire.GreetedAsync(host, "lifecycle", fault.ToString());

        await socket.SendAsync(Request);
        var completion = (await socket.UntilAsync(wire.IsRunEnd))[^1];
        var late = (await socket.NextAsync())!;
        await socket.SendAsync("""{"type":"ping"}""");

        WireForm.Type((await socket.NextAsync())!).Should().Be("pong", "one late event, no more");
        return (wire, completion, late);
    }
}
