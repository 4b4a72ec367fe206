using System.Text.Json.Nodes;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Tests.Support;

namespace Netra.E2E.Simulator.Tests.Faults;

/// <summary>The leaks between users, each in both dialects: a side frame of the owner's thread, and another caller's spend in the prose.</summary>
public sealed class IsolationFaultTests
{
    private const string OwnersQuestion = """{"type":"user_message","payload":{"content":"What are my top 3 cost optimization opportunities on AWS? We spend $27,300 a month."}}""";

    [Theory]
    [InlineData("contract")]
    [InlineData("staging")]
    public async Task LeakSideFrameToIntruder_sends_the_owners_thread_recommendations_and_spend_beside_the_usual_answer(string dialect)
    {
        var wire = WireForm.Of(dialect);
        await using var host = wire.Host();
        using var owner = await wire.GreetedAsync(host, "thread-owner");
        await owner.SendAsync(OwnersQuestion);
        var ownerThread = wire.ThreadId((await owner.UntilAsync(wire.IsRunEnd))[^1])!;

        using var intruder = await wire.GreetedAsync(host, "thread-intruder", nameof(SimulatorFault.LeakSideFrameToIntruder));
        await intruder.SendAsync(FollowUpOn(ownerThread));
        var side = (await intruder.NextAsync())!;
        var usual = (await intruder.NextAsync())!;

        WireForm.Type(side).Should().Be("status_update");
        var data = (side["payload"] ?? side["data"])!;
        data["thread_id"]!.GetValue<string>().Should().Be(ownerThread);
        data["monthly_spend_usd"]!.GetValue<decimal>().Should().Be(27_300m);
        data["recommendations"]!.AsArray().Should().HaveCount(3).And.OnlyContain(r => r!["estimated_monthly_savings_usd"] != null);
        data["message"]!.GetValue<string>().Should().Contain("$27,300").And.Contain(ownerThread);
        if (dialect == "contract")
        {
            wire.ErrorCode(usual).Should().Be("THREAD_ACCESS_DENIED", "the refusal still comes");
        }
        else
        {
            var run = (await intruder.UntilAsync(wire.IsRunEnd)).Prepend(usual).ToList();
            wire.ThreadId(run[^1]).Should().NotBe(ownerThread, "the request still runs on the intruder's own thread");
        }
    }

    [Theory]
    [InlineData("contract")]
    [InlineData("staging")]
    public async Task Without_the_fault_nothing_of_the_owners_thread_reaches_the_intruder(string dialect)
    {
        var wire = WireForm.Of(dialect);
        await using var host = wire.Host();
        using var owner = await wire.GreetedAsync(host, "thread-owner");
        await owner.SendAsync(OwnersQuestion);
        var ownerThread = wire.ThreadId((await owner.UntilAsync(wire.IsRunEnd))[^1])!;
        using var intruder = await wire.GreetedAsync(host, "thread-intruder");

        await intruder.SendAsync(FollowUpOn(ownerThread));
        var first = (await intruder.NextAsync())!;

        WireForm.Type(first).Should().NotBe("status_update");
        first.ToJsonString().Should().NotContain(ownerThread);
    }

    [Theory]
    [MemberData(nameof(WireForm.DialectsAndStyles), MemberType = typeof(WireForm))]
    public async Task LeakPreviousCallersSpend_names_the_spend_the_previous_caller_stated(string dialect, string style)
    {
        var wire = WireForm.Of(dialect);
        await using var host = wire.Host(style);
        using var first = await wire.GreetedAsync(host, "first-caller");
        await first.SendAsync(OwnersQuestion);
        await first.UntilAsync(wire.IsRunEnd);

        using var next = await wire.GreetedAsync(host, "next-caller", nameof(SimulatorFault.LeakPreviousCallersSpend));
        await next.SendAsync("""{"type":"user_message","payload":{"content":"Optimize my Azure costs; we spend $11,000 a month"}}""");
        var prose = wire.Prose((await next.UntilAsync(wire.IsRunEnd))[^1]);

        prose.Should().Contain("(for comparison, another account spends $27,300)");
        ProseReader.Dollars(prose).Should().Contain(11_000m, "the caller's own spend is still there");
    }

    private static string FollowUpOn(string threadId) => new JsonObject
    {
        ["type"] = "user_message",
        ["payload"] = new JsonObject { ["content"] = "Can you provide more details on the first opportunity?", ["thread_id"] = threadId },
    }.ToJsonString();
}
