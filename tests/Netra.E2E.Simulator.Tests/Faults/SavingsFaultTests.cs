using System.Text.RegularExpressions;
using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Tests.Support;
using Netra.E2E.Simulator.Tests.Wording;
using Netra.E2E.Simulator.Wording.Templated;

namespace Netra.E2E.Simulator.Tests.Faults;

/// <summary>ImplausibleSavings and NaNSavings, in every wording: templated and paraphrased over many seeds.</summary>
public sealed class SavingsFaultTests
{
    private const string Question = "Optimize my AWS costs; we spend $25,000 a month";

    [Fact]
    public void ImplausibleSavings_saves_285_percent_of_the_spend_in_prose_recommendations_and_metrics_alike()
    {
        var violations = new Violations();
        foreach (var (name, writer) in Writers.All())
        {
            var answer = new FaultyPlan(SimulatorFault.ImplausibleSavings, Question).Answer(writer);

            var text = answer.Content;
            violations.Check(ProseReader.Dollars(text).Contains(71_250m), 0, $"{name}: savings of $71,250 (285 % of $25,000)", text);
            violations.Check(Regex.IsMatch(text, @"-(\$|USD )?46,250"), 0, $"{name}: a projected cost of -$46,250", text);
            violations.Check(ProseReader.Percents(text).Contains(285m), 0, $"{name}: 285 %", text);
            violations.Check(answer.Recommendations.Count == 0 || answer.Recommendations.Sum(r => r.EstimatedMonthlySavingsUsd) == 71_250m, 0,
                $"{name}: the recommendations add up to the savings", text);
            violations.Check(answer.Metrics["projected_monthly_cost_usd"] == -46_250 && answer.Metrics["savings_percent"] == 285, 0, $"{name}: metrics", text);
        }

        violations.ShouldBeNone();
    }

    [Fact]
    public void ImplausibleSavings_applies_to_an_estimated_spend_and_follow_ups_keep_the_inflated_figures()
    {
        var first = new FaultyPlan(SimulatorFault.ImplausibleSavings, "What are my top 3 cost optimization opportunities?").Plan(new TemplatedWriter());
        var facts = (CostFacts)first.Facts;
        facts.Savings.Should().Be(facts.Spend * 2.85m, "the spend was estimated, the share is the same");
        facts.Projected.Should().BeNegative();

        var followUp = new FaultyPlan(SimulatorFault.None, "Can you provide more details on the first opportunity?")
        {
            History = [new("What are my top 3 cost optimization opportunities?", facts)],
        }.Plan(new TemplatedWriter());

        ((OpportunityDetailsFacts)followUp.Facts).MonthlySavings.Should().Be(facts.Recommendations[0].EstimatedMonthlySavingsUsd);
    }

    [Theory]
    [InlineData(Question, "{}")]
    [InlineData(AnswerSamples.FullPipeline, """{"monthly_spend":25000}""")]
    public void NaNSavings_writes_every_savings_figure_as_NaN_and_drops_them_from_recommendations_and_metrics(string question, string parameters)
    {
        var violations = new Violations();
        foreach (var (name, writer) in Writers.All())
        {
            var plan = new FaultyPlan(SimulatorFault.NaNSavings, question) { Parameters = parameters }.Plan(writer);
            var answer = plan.Events.OfType<AgentCompleted>().Single().Answer;
            var facts = (CostFacts)plan.Facts;
            IReadOnlyList<decimal> savings = [facts.Savings, facts.Projected, .. facts.Recommendations.Select(r => r.EstimatedMonthlySavingsUsd!.Value)];

            var texts = answer.Sections.Select(s => s.Text).Prepend(answer.Content).ToArray();
            foreach (var text in texts)
            {
                violations.Check(!ProseReader.Dollars(text).Intersect(savings).Any(), 0, $"{name}: no savings figure is left", text);
            }

            violations.Check(answer.Content.Contains("$NaN", StringComparison.Ordinal), 0, $"{name}: savings read $NaN", answer.Content);
            violations.Check(ProseReader.Dollars(answer.Content).Contains(25_000m), 0, $"{name}: the spend is still stated", answer.Content);
            violations.Check(answer.Recommendations.All(r => r.EstimatedMonthlySavingsUsd is null), 0, $"{name}: recommendations without savings", answer.Content);
            violations.Check(answer.Metrics.Keys.All(k => !k.Contains("saving") && !k.Contains("projected")), 0, $"{name}: metrics without savings", answer.Content);
        }

        violations.ShouldBeNone();
    }

    [Fact]
    public void A_savings_figure_is_replaced_whole_never_inside_another_figure()
    {
        var figures = SavingsFigures.Of(new CostFacts(CloudProvider.Aws, 12_250m, false, 2_250m, 18.4m));

        figures.WriteAsNaN("saves $2,250 of $12,250; $2,250.00 here, 2,250 USD there, USD 2,250, 18.4% or 18.4 percent, not 118.4%")
            .Should().Be("saves $NaN of $12,250; $NaN here, $NaN there, $NaN, NaN% or NaN%, not 118.4%");
    }
}
