using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Netra.E2E.Simulator.Tests.Support;

namespace Netra.E2E.Simulator.Tests.Staging;

/// <summary>Runs as the deployed backend makes them: its own run ids, one run at a time, the supervisor answering every request.</summary>
public sealed partial class StagingRunTests : IAsyncLifetime
{
    private readonly SimulatorHost _host = SimulatorHost.Staging();

    [Fact]
    public async Task A_run_gets_the_servers_run_id_and_the_clients_run_id_is_ignored()
    {
        using var socket = await GreetedAsync(_host, "run-ids");

        await socket.SendAsync("""{"type":"user_message","payload":{"content":"Optimize my AWS costs","run_id":"run_client"}}""");
        var frames = await socket.UntilAsync(StagingFrames.IsRunEnd);

        var runIds = frames.Select(StagingFrames.RunId).Distinct().ToArray();
        runIds.Should().ContainSingle().Which.Should().MatchRegex(ServerRunId().ToString());
        frames.Should().NotContain(f => f.ToJsonString().Contains("run_client"));
    }

    [Fact]
    public async Task Every_request_goes_to_the_supervisor_whose_run_holds_the_sub_agents_lifecycles()
    {
        using var socket = await GreetedAsync(_host, "supervised");

        await socket.SendAsync("""{"type":"start_agent","payload":{"agent_type":"nonexistent_agent","user_request":"Reduce our cloud costs","constraints":{"monthly_spend":25000}}}""");
        var frames = await socket.UntilAsync(StagingFrames.IsRunEnd);

        frames.Select(StagingFrames.RunId).Distinct().Should().ContainSingle("sub-agents work inside the supervisor's run");
        StagingFrames.Type(frames[0]).Should().Be("agent_started");
        StagingFrames.Agent(frames[0]).Should().Be("supervisor_agent");
        StagingFrames.Emitted(frames[0]).Should().BeTrue();
        Lifecycles(frames).Should().Equal("triage_agent", "optimization_agent");
        frames.Where(f => !StagingFrames.Emitted(f)).Should().OnlyContain(f => f["payload"] != null, "sub-agents speak through the bridge");
        var result = StagingFrames.Result(frames[^1]);
        StagingFrames.Prose(frames[^1]).Should().Contain("$25,000", "the answer is about the request, whatever agent it named");
        result["recommendations"]!.AsArray().Should().NotBeEmpty();
        frames.Should().NotContain(f => f.ToJsonString().Contains("message_id") || f.ToJsonString().Contains("total_steps") || f.ToJsonString().Contains("duration_ms"));
    }

    [Fact]
    public async Task A_request_arriving_during_a_run_waits_until_that_run_has_finished()
    {
        await using var host = SimulatorHost.Staging(new Dictionary<string, string?> { ["Simulator:EventDelayMilliseconds"] = "5" });
        using var socket = await GreetedAsync(host, "one-at-a-time");

        await socket.SendAsync("""{"type":"user_message","payload":{"content":"Optimize my AWS costs"}}""");
        await socket.SendAsync("""{"type":"user_message","payload":{"content":"Optimize my GCP costs"}}""");
        var first = await socket.UntilAsync(StagingFrames.IsRunEnd);
        var second = await socket.UntilAsync(StagingFrames.IsRunEnd);

        first.Select(StagingFrames.RunId).Distinct().Should().ContainSingle("no event of the second run comes before the first has completed");
        second.Select(StagingFrames.RunId).Distinct().Should().ContainSingle().Which.Should().NotBe(StagingFrames.RunId(first[0]));
        StagingFrames.Prose(second[^1]).Should().MatchRegex("(?i)gcp|google cloud");
    }

    [Fact]
    public async Task A_user_keeps_one_thread_and_another_users_thread_is_answered_on_the_callers_own()
    {
        using var owner = await GreetedAsync(_host, "thread-owner");
        await owner.SendAsync("""{"type":"user_message","payload":{"content":"What are my top 3 cost optimization opportunities on AWS? We spend $27,300 a month."}}""");
        var ownerThread = StagingFrames.ThreadId((await owner.UntilAsync(StagingFrames.IsRunEnd))[^1]);
        await owner.SendAsync("""{"type":"user_message","payload":{"content":"Optimize my AWS costs"}}""");
        StagingFrames.ThreadId((await owner.UntilAsync(StagingFrames.IsRunEnd))[^1]).Should().Be(ownerThread, "one thread per user");

        using var intruder = await GreetedAsync(_host, "thread-intruder");
        await intruder.SendAsync("{\"type\":\"user_message\",\"payload\":{\"content\":\"Can you provide more details on the first opportunity?\",\"thread_id\":\"" + ownerThread + "\"}}");
        var frames = await intruder.UntilAsync(StagingFrames.IsRunEnd);

        StagingFrames.ThreadId(frames[^1]).Should().NotBeNullOrEmpty().And.NotBe(ownerThread);
        frames.Should().NotContain(f => f.ToJsonString().Contains("27,300") || f.ToJsonString().Contains(ownerThread!));
    }

    [Fact]
    public async Task The_result_holds_the_whole_prose_in_sections_while_a_long_content_is_cut()
    {
        using var socket = await GreetedAsync(_host, "long-answer");

        await socket.SendAsync("""{"type":"user_message","payload":{"text":"Perform complete cost optimization analysis including: 1) current cost breakdown by service 2) optimization opportunities with savings estimates 3) implementation roadmap with priorities 4) ROI calculations and payback period"}}""");
        var completion = (await socket.UntilAsync(StagingFrames.IsRunEnd))[^1];

        var content = StagingFrames.Result(completion)["content"]!.GetValue<string>();
        var prose = StagingFrames.Prose(completion);
        content.Should().HaveLength(1000).And.EndWith("...");
        prose.Length.Should().BeGreaterThan(1000);
        prose.Should().StartWith(content[..^3]).And.Contain("ROI calculation");
    }

    private static async Task<TestSocket> GreetedAsync(SimulatorHost host, string user)
    {
        var socket = await host.ConnectAsync(user);
        await socket.NextOfTypeAsync("ping");
        return socket;
    }

    /// <summary>The sub-agents in the order they ran, each with its own start before its own completion.</summary>
    private static IEnumerable<string> Lifecycles(IReadOnlyList<JsonObject> frames)
    {
        var bridged = frames.Where(f => !StagingFrames.Emitted(f)).ToList();
        foreach (var start in bridged.Where(f => StagingFrames.Type(f) == "agent_started"))
        {
            var agent = StagingFrames.Agent(start)!;
            var end = bridged.FindIndex(f => StagingFrames.Type(f) == "agent_completed" && StagingFrames.Agent(f) == agent);
            end.Should().BeGreaterThan(bridged.IndexOf(start), "{0} completes after it starts", agent);
            yield return agent;
        }
    }

    [GeneratedRegex(@"^run_thread_session_\d+_[0-9a-f]{8}_\d+_[0-9a-f]{8}$")]
    private static partial Regex ServerRunId();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
