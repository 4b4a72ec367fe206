using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Tests.Support;
using Netra.E2E.Simulator.Threads;
using Netra.E2E.Simulator.Wording.Paraphrased;

namespace Netra.E2E.Simulator.Tests.Wording;

/// <summary>Over 200 seeds, the catalogue's other answers keep their content in every wording, and follow-ups keep the thread's figures.</summary>
public sealed class ParaphrasedAnswerFactsTests
{
    private static readonly IReadOnlyList<int> Seeds = AnswerSamples.Seeds;
    private static readonly string[] Comparisons = ["before", "after", "current", "optimized", "->"];

    [Fact]
    public void A_performance_answer_gives_latency_and_throughput_before_and_after_with_percentages()
    {
        var facts = (PerformanceFacts)AnswerSamples.Facts("performance_optimizer", "Analyze system performance and provide optimization recommendations with before/after projections");
        Sweep(facts, (v, seed, answer) =>
        {
            var text = answer.Content;
            v.Check(new[] { facts.LatencyBeforeMs, facts.LatencyAfterMs }.All(ms => text.Contains($"{ms} ms")), seed, "latency before and after", text);
            v.Check(text.Contains($"{facts.ThroughputBeforeRps}") && text.Contains($"{facts.ThroughputAfterRps}"), seed, "throughput before and after", text);
            v.Check(ProseReader.Percents(text).Contains(facts.LatencyCutPercent) && ProseReader.Percents(text).Contains(facts.ThroughputGainPercent), seed, "the improvements as percentages", text);
            v.Check(Comparisons.Count(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)) >= 2, seed, "a before/after comparison", text);
            FactChecks.Recommendations(v, seed, answer, facts.Recommendations);
        });
    }

    [Fact]
    public void A_data_answer_says_what_the_data_shows_and_suggests_charts()
    {
        var facts = (UsagePatternFacts)AnswerSamples.Facts("data_analyzer", "Analyze my usage patterns and create visualizations showing optimization opportunities");
        Sweep(facts, (v, seed, answer) =>
        {
            var text = answer.Content;
            v.Check(ProseReader.Mentions(text, "shows", "indicates", "suggests", "reveals", "demonstrates"), seed, "what the data shows", text);
            v.Check(ProseReader.Mentions(text, "chart") && ProseReader.Mentions(text, "trend"), seed, "chart suggestions and the trend", text);
            v.Check(new[] { facts.PeakSharePercent, facts.MonthlyGrowthPercent, facts.IdleCutPercent }.All(p => ProseReader.Percents(text).Contains(p)), seed, "the findings' percentages", text);
            FactChecks.Recommendations(v, seed, answer, facts.Recommendations);
        });
    }

    [Fact]
    public void Anomaly_and_capacity_answers_keep_their_findings_insights_and_advice()
    {
        var anomalies = (AnomalyFacts)AnswerSamples.Facts("unified_data_agent", "Detect anomalies in our service metrics", """{"scenario":"anomaly_detection","time_range_days":7}""");
        Sweep(anomalies, (v, seed, answer) => v.Check(
            ProseReader.Mentions(answer.Content, "anomal") && ProseReader.Mentions(answer.Content, "insight", "finding", "observation") && Advises(answer.Content) &&
            answer.Content.Contains($"{anomalies.Spikes} response_time spikes"), seed, "anomalies, an insight and advice", answer.Content));

        var capacity = (CapacityFacts)AnswerSamples.Facts("unified_data_agent", "Plan capacity for the next six months", """{"scenario":"capacity_planning","horizon_months":6,"growth_rate":1.3}""");
        Sweep(capacity, (v, seed, answer) => v.Check(
            ProseReader.Mentions(answer.Content, "forecast") && ProseReader.Mentions(answer.Content, "capacity") && Advises(answer.Content) &&
            ProseReader.Dollars(answer.Content).Contains(capacity.SpendNow) && ProseReader.Dollars(answer.Content).Contains(Math.Round(capacity.SpendForecast)),
            seed, "a capacity forecast with its costs and advice", answer.Content));
    }

    [Fact]
    public void An_unknown_service_is_said_not_to_exist_by_name()
    {
        var facts = AnswerSamples.Facts(null, "Optimize costs for service that doesn't exist: quantum-flux-capacitor-service");
        Sweep(facts, (v, seed, answer) => v.Check(
            ProseReader.Mentions(answer.Content, "cannot find", "could not find", "does not have a service") && answer.Content.Contains("'quantum-flux-capacitor-service'"),
            seed, "cannot find the service by name", answer.Content));
    }

    [Fact]
    public void Follow_ups_keep_the_threads_figures_and_subjects_exactly()
    {
        var first = (CostFacts)AnswerSamples.Facts(null, "What are my top 3 cost optimization opportunities?");
        List<ThreadTurn> history = [new("What are my top 3 cost optimization opportunities?", first)];
        var details = AnswerSamples.Facts(null, "Can you provide more details on the first opportunity?", history: history);
        var timeline = (TimelineFacts)AnswerSamples.Facts(null, "What would be the implementation timeline and expected ROI?", history: history);
        var violations = new Violations();

        foreach (var seed in Seeds)
        {
            var writer = new ParaphrasedWriter(seed);
            writer.Write(first);
            var second = writer.Write(details).Content;
            var third = writer.Write(timeline).Content;
            violations.Check(ProseReader.Dollars(second).Contains(first.Recommendations[0].EstimatedMonthlySavingsUsd!.Value), seed, "turn 2 keeps the first opportunity's saving", second);
            violations.Check(AnswerSamples.KeepsSubject(second, first.Recommendations[0].Title), seed, "turn 2 is about the first opportunity", second);
            violations.Check(ProseReader.Mentions(third, "timeline", "phase", "week") && ProseReader.Mentions(third, "roi", "payback"), seed, "turn 3 speaks of timeline and ROI", third);
            violations.Check(new[] { first.Savings, timeline.Roi.AnnualReturn, timeline.Roi.Investment }.All(ProseReader.Dollars(third).Contains), seed, "turn 3 keeps the thread's savings", third);
            violations.Check(first.Recommendations.All(r => AnswerSamples.KeepsSubject(third, r.Title)), seed, "turn 3 covers the opportunities discussed", third);
        }

        violations.ShouldBeNone();
    }

    [Fact]
    public void A_comprehensive_answer_stays_long_and_broad()
    {
        var facts = AnswerSamples.Facts(null, "Run comprehensive optimization analysis across all services with detailed recommendations");
        Sweep(facts, (v, seed, answer) => v.Check(
            ProseReader.Words(answer.Content) > 100 && new[] { "service", "cost", "performance", "security", "optimiz" }.Count(w => ProseReader.Mentions(answer.Content, w)) >= 3,
            seed, "over 100 words on services, cost, performance and security", answer.Content));
    }

    private static bool Advises(string text) => ProseReader.Mentions(text, "recommend", "suggest", "should consider");

    private static void Sweep(AnswerFacts facts, Action<Violations, int, Netra.E2E.Simulator.Wording.AgentAnswer> check)
    {
        var violations = new Violations();
        foreach (var seed in Seeds)
        {
            check(violations, seed, new ParaphrasedWriter(seed).Write(facts));
        }

        violations.ShouldBeNone();
    }
}
