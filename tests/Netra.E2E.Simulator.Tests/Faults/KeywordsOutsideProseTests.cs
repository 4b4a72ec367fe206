using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Tests.Support;
using Netra.E2E.Simulator.Tests.Wording;
using Netra.E2E.Simulator.Wording.Paraphrased;
using Netra.E2E.Simulator.Wording.Templated;

namespace Netra.E2E.Simulator.Tests.Faults;

/// <summary>KeywordsOutsideProse: the figures stay, the indicator words leave the prose for tool names and metric keys.</summary>
public sealed class KeywordsOutsideProseTests
{
    /// <summary>The words of the protocol's four indicators and of the catalogue's checks, none of which may be in the prose.</summary>
    private static readonly string[] IndicatorWords =
    [
        "cost", "saving", "expense", "budget", "pricing", "dollar", "performance", "latency", "throughput", "response time", "optimi", "efficien",
        "speed", "metric", "recommend", "suggest", "should", "consider", "improve", "action", "implement", "strategy", "analy", "insight", "data",
        "trend", "pattern", "correlation", "visuali", "chart", "graph", "forecast", "capacity", "anomal", "before", "after", "faster", "reduce",
        "increase", "roi", "payback", "return", "invest", "roadmap", "phase", "priorit", "plan",
    ];

    public static TheoryData<string, string, string> Questions => new()
    {
        { "cost", "Optimize my AWS costs; we spend $25,000 a month", "{}" },
        { "full pipeline", AnswerSamples.FullPipeline, """{"monthly_spend":25000}""" },
        { "performance", "Analyze system performance and provide optimization recommendations with before/after projections", "{}" },
        { "usage", "Analyze my usage patterns and create visualizations showing optimization opportunities", "{}" },
        { "anomalies", "Detect performance anomalies", """{"metrics":["response_time","error_rate","throughput"],"time_range_days":7}""" },
        { "capacity", "Plan capacity for growth", """{"horizon_months":6,"growth_rate":1.3,"monthly_budget":50000}""" },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public void The_prose_keeps_no_indicator_word_and_lists_no_recommendation(string focus, string question, string parameters)
    {
        var violations = new Violations();
        foreach (var (name, writer) in Writers.All(seeds: 10))
        {
            var answer = new FaultyPlan(SimulatorFault.KeywordsOutsideProse, question) { Parameters = parameters }.Answer(writer);

            var prose = string.Join("\n", answer.Sections.Select(s => $"{s.Heading}\n{s.Text}").Prepend(answer.Content)).ToLowerInvariant();
            var allowed = focus == "performance" ? "up to 30% improvement" : "";
            var found = IndicatorWords.Where(w => (allowed.Length > 0 ? prose.Replace(allowed, "", StringComparison.Ordinal) : prose).Contains(w, StringComparison.Ordinal)).ToArray();
            violations.Check(found.Length == 0, 0, $"{name} ({focus}): no indicator word, found {string.Join(", ", found)}", prose);
            violations.Check(answer.Recommendations.Count == 0, 0, $"{name} ({focus}): no recommendation", prose);
        }

        violations.ShouldBeNone();
    }

    [Fact]
    public void A_cost_answer_keeps_its_figures_and_a_performance_answer_says_only_up_to_30_percent()
    {
        var cost = new FaultyPlan(SimulatorFault.KeywordsOutsideProse, "Optimize my AWS costs; we spend $25,000 a month").Answer(new ParaphrasedWriter(3));
        var performance = new FaultyPlan(SimulatorFault.KeywordsOutsideProse, "Analyze system performance with before/after projections").Answer(new ParaphrasedWriter(3));

        ProseReader.Dollars(cost.Content).Should().Contain([25_000m, 5_000m, 20_000m, 2_250m, 1_750m, 1_000m]);
        performance.Content.Should().Contain("up to 30% improvement");
        ProseReader.Percents(performance.Content).Should().Equal(30m);
        performance.Content.Should().NotContainAny(" ms", "requests per second");
    }

    [Fact]
    public void The_words_live_on_in_tool_names_run_as_tools_and_in_metric_keys()
    {
        var plan = new FaultyPlan(SimulatorFault.KeywordsOutsideProse, "Optimize my AWS costs; we spend $25,000 a month").Plan(new TemplatedWriter());
        var completion = plan.Events.OfType<AgentCompleted>().Single();

        completion.ToolsUsed.Should().Contain(KeywordsOutsideProse.Tools);
        plan.Events.OfType<ToolExecuting>().Select(t => t.ToolName).Should().Contain(KeywordsOutsideProse.Tools);
        plan.Events.OfType<ToolCompleted>().Select(t => t.ToolName).Should().Contain(KeywordsOutsideProse.Tools);
        plan.Events[^1].Should().BeSameAs(completion);
        completion.Answer.Metrics.Should().ContainKeys(KeywordsOutsideProse.AnomalyMetric, KeywordsOutsideProse.SavingsMetric);
        completion.Answer.Metrics[KeywordsOutsideProse.SavingsMetric].Should().Be(5_000);
    }
}
