using System.Text.Json.Nodes;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Tests.Support;

namespace Netra.E2E.Simulator.Tests.Faults;

/// <summary>The answer faults as a client reads them off the wire, in each dialect with each answer style.</summary>
public sealed class AnswerFaultWireTests
{
    private const string Question = """{"type":"user_message","payload":{"content":"Optimize my AWS costs; we spend $25,000 a month"}}""";

    [Theory]
    [MemberData(nameof(WireForm.DialectsAndStyles), MemberType = typeof(WireForm))]
    public async Task ImplausibleSavings_reads_285_percent_and_a_negative_projection(string dialect, string style)
    {
        var (wire, completion) = await AnswerAsync(dialect, style, SimulatorFault.ImplausibleSavings);
        var metrics = wire.Result(completion)["metrics"]!;

        metrics["savings_percent"]!.GetValue<double>().Should().Be(285);
        metrics["projected_monthly_cost_usd"]!.GetValue<double>().Should().Be(-46_250);
        ProseReader.Dollars(wire.Prose(completion)).Should().Contain(71_250m);
    }

    [Theory]
    [MemberData(nameof(WireForm.DialectsAndStyles), MemberType = typeof(WireForm))]
    public async Task NaNSavings_reads_NaN_with_no_saving_in_recommendations_or_metrics(string dialect, string style)
    {
        var (wire, completion) = await AnswerAsync(dialect, style, SimulatorFault.NaNSavings);
        var result = wire.Result(completion);

        wire.Prose(completion).Should().Contain("$NaN");
        result["recommendations"]!.AsArray().Should().NotContain(r => r!["estimated_monthly_savings_usd"] != null);
        result["metrics"]!.AsObject().Select(m => m.Key).Should().NotContain(k => k.Contains("saving") || k.Contains("projected"));
    }

    [Theory]
    [MemberData(nameof(WireForm.DialectsAndStyles), MemberType = typeof(WireForm))]
    public async Task GenericAnswer_and_EchoTemplate_read_their_fixed_words(string dialect, string style)
    {
        var (wire, generic) = await AnswerAsync(dialect, style, SimulatorFault.GenericAnswer);
        var (_, echo) = await AnswerAsync(dialect, style, SimulatorFault.EchoTemplate);

        wire.Prose(generic).Should().Be(GenericAnswer.Text);
        wire.Prose(echo).Should().StartWith("Here is your AWS optimization: with your spend of $25,000 we recommend");
        wire.Result(echo)["recommendations"]!.AsArray().Should().BeEmpty();
        wire.Result(echo)["metrics"]!.AsObject().Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(WireForm.DialectsAndStyles), MemberType = typeof(WireForm))]
    public async Task WrongProvider_reads_an_answer_about_azure_to_an_aws_question(string dialect, string style)
    {
        var (wire, completion) = await AnswerAsync(dialect, style, SimulatorFault.WrongProvider);

        ProseReader.ProvidersNamed(wire.Prose(completion)).Should().Equal("Azure");
    }

    [Theory]
    [MemberData(nameof(WireForm.DialectsAndStyles), MemberType = typeof(WireForm))]
    public async Task KeywordsOutsideProse_reads_the_words_only_in_tools_used_and_metric_keys(string dialect, string style)
    {
        var (wire, completion) = await AnswerAsync(dialect, style, SimulatorFault.KeywordsOutsideProse);
        var result = wire.Result(completion);

        wire.Prose(completion).Should().NotContainAny("cost", "saving", "recommend");
        result["tools_used"]!.AsArray().Select(t => t!.GetValue<string>()).Should().Contain(KeywordsOutsideProse.Tools);
        result["metrics"]!.AsObject().Select(m => m.Key).Should().Contain([KeywordsOutsideProse.AnomalyMetric, KeywordsOutsideProse.SavingsMetric]);
    }

    [Theory]
    [MemberData(nameof(WireForm.DialectsAndStyles), MemberType = typeof(WireForm))]
    public async Task ForgetThreadQuietly_answers_the_follow_up_afresh_without_savings_in_its_recommendations(string dialect, string style)
    {
        var wire = WireForm.Of(dialect);
        await using var host = wire.Host(style);
        using var socket = await wire.GreetedAsync(host, "forgetful", nameof(SimulatorFault.ForgetThreadQuietly));
        await socket.SendAsync("""{"type":"user_message","payload":{"content":"What are my top 3 cost optimization opportunities?","thread_id":"thread_forgetful"}}""");
        await socket.UntilAsync(wire.IsRunEnd);

        await socket.SendAsync("""{"type":"user_message","payload":{"content":"Can you provide more details on the first opportunity?","thread_id":"thread_forgetful"}}""");
        var followUp = (await socket.UntilAsync(wire.IsRunEnd))[^1];

        wire.Prose(followUp).Should().NotContainAny("first opportunity", "previous answer", "You asked about");
        wire.Result(followUp)["recommendations"]!.AsArray().Should().NotContain(r => r!["estimated_monthly_savings_usd"] != null);
    }

    private static async Task<(WireForm Wire, JsonObject Completion)> AnswerAsync(string dialect, string style, SimulatorFault fault)
    {
        var wire = WireForm.Of(dialect);
        await using var host = wire.Host(style);
        using var socket = await wire.GreetedAsync(host, "answers", fault.ToString());
        await socket.SendAsync(Question);
        return (wire, (await socket.UntilAsync(wire.IsRunEnd))[^1]);
    }
}
