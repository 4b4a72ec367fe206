using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Tests.Support;
using Netra.E2E.Simulator.Wording;
using Netra.E2E.Simulator.Wording.Paraphrased;

namespace Netra.E2E.Simulator.Tests.Wording;

/// <summary>
/// Over 200 seeds, every paraphrase of a cost answer keeps its facts: the provider asked about and no other, the spend
/// stated back, savings and projected cost that add up to it, each recommendation with its saving and its product.
/// </summary>
public sealed class ParaphrasedCostFactsTests
{
    [Theory]
    [InlineData("AWS")]
    [InlineData("Azure")]
    [InlineData("GCP")]
    [InlineData(null)]
    public void A_cost_answer_names_only_the_provider_asked_about_and_keeps_its_figures(string? provider)
    {
        var question = provider is null ? "What are my top 3 cost optimization opportunities?" : $"Optimize my {provider} costs; we spend $12,300 a month";
        var facts = (CostFacts)AnswerSamples.Facts(null, question);
        var violations = new Violations();

        foreach (var seed in AnswerSamples.Seeds)
        {
            var answer = new ParaphrasedWriter(seed).Write(facts);
            var all = AnswerSamples.AllText(answer);
            violations.Check(ProseReader.ProvidersNamed(all).SequenceEqual(provider is null ? [] : [provider]), seed, $"names {provider ?? "no provider"} and no other", all);
            FactChecks.CostFigures(violations, seed, answer, facts);
            FactChecks.Recommendations(violations, seed, answer, facts.Recommendations);
        }

        violations.ShouldBeNone();
    }

    [Fact]
    public void A_full_pipeline_answer_keeps_breakdown_savings_roadmap_and_roi_in_every_wording()
    {
        var facts = (CostFacts)AnswerSamples.Facts("cost_optimizer", AnswerSamples.FullPipeline);
        var violations = new Violations();

        foreach (var seed in AnswerSamples.Seeds)
        {
            var answer = new ParaphrasedWriter(seed).Write(facts);
            var text = answer.Content;
            FactChecks.CostFigures(violations, seed, answer, facts);
            FactChecks.Recommendations(violations, seed, answer, facts.Recommendations);
            violations.Check(ProseReader.Mentions(text, "breakdown", "by service") && facts.Breakdown!.All(s => ProseReader.Dollars(text).Contains(Math.Round(s.Amount))), seed, "a breakdown by service with its figures", text);
            violations.Check(ProseReader.Mentions(text, "phase") && ProseReader.Mentions(text, "priority"), seed, "a roadmap in phases with priorities", text);
            violations.Check(ProseReader.Mentions(text, "roi", "return on investment") && ProseReader.Mentions(text, "payback"), seed, "ROI and payback", text);
            violations.Check(ProseReader.Dollars(text).Contains(facts.Roi!.Investment) && ProseReader.Dollars(text).Contains(facts.Roi.AnnualReturn), seed, "the investment and the annual return", text);
            violations.Check(ProseReader.Words(text) > 100, seed, "over 100 words", text);
        }

        violations.ShouldBeNone();
    }

    [Fact]
    public void A_target_is_met_or_missed_as_the_figures_say_and_the_roadmap_speaks_of_implementing()
    {
        var facts = (CostFacts)AnswerSamples.Facts("optimization_agent", "Cut our cloud bill by 15% next quarter", """{"goal":"reduce_costs","current_spend":50000,"target_reduction":0.15}""");
        var violations = new Violations();

        foreach (var seed in AnswerSamples.Seeds)
        {
            var text = new ParaphrasedWriter(seed).Write(facts).Content;
            violations.Check(ProseReader.Mentions(text, facts.Target!.Met ? "meets" : "falls short"), seed, "the target verdict", text);
            violations.Check(ProseReader.Percents(text).Contains(15) && ProseReader.Dollars(text).Contains(7_500), seed, "the target as a percentage and an amount", text);
            violations.Check(ProseReader.Mentions(text, "implement", "roll out"), seed, "implementation", text);
        }

        violations.ShouldBeNone();
    }
}
