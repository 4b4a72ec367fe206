using Netra.E2E.Simulator.Agents;

namespace Netra.E2E.Simulator.Wording.Paraphrased;

/// <summary>A cost answer in varied words: the spend stated back, savings and projected cost that add up, then the parts asked for.</summary>
public static class CostProse
{
    public static IReadOnlyList<AnswerSection> Sections(Voice voice, CostFacts f)
    {
        var rest = new List<AnswerSection> { Savings(voice, f) };
        if (f.Breakdown is { } breakdown)
        {
            rest.Add(Breakdown(voice, breakdown));
        }

        if (f.Target is { } target)
        {
            rest.Add(Target(voice, f, target));
        }

        if (f.PerformanceNote)
        {
            rest.Add(new("Performance", voice.Pick(
                $"Performance: the same right-sizing keeps p95 latency within 5% of today's, and autoscaling on {f.Provider.Compute} removes the evening throughput bottleneck.",
                $"On performance, none of this costs speed: p95 latency stays within 5% of today's, and autoscaling {f.Provider.Compute} clears the evening throughput bottleneck.")));
        }

        if (f.SecurityNote)
        {
            rest.Add(new("Security", voice.Pick(
                $"Security: two {f.Provider.Storage} buckets allow public listing and three service accounts hold admin rights they never use; restrict both before the next release.",
                $"On security, I found two {f.Provider.Storage} buckets open to public listing and three service accounts with unused admin rights. Lock both down before the next release.")));
        }

        if (f.Roadmap is { } roadmap)
        {
            rest.Add(RoadmapProse.Roadmap(voice, roadmap));
        }

        if (f.Roi is { } roi)
        {
            rest.Add(RoadmapProse.Roi(voice, roi));
        }

        return [Summary(voice, f), .. voice.Shuffle(rest)];
    }

    private static AnswerSection Summary(Voice voice, CostFacts f)
    {
        var spend = voice.Usd(f.Spend);
        var source = f.SpendEstimated
            ? voice.Pick(" (estimated from your usage data)", ", an estimate from your usage data", " by my estimate from your usage data")
            : voice.Pick(", as you stated", ", the figure you gave", "");
        return new(voice.Pick("Summary", "Cost analysis", "Overview"), voice.Pick(
            $"Here is a cost analysis of {voice.Environment(f.Provider)}: you currently spend {spend} a month{source}.",
            $"I looked at the costs of {voice.Environment(f.Provider)}. Monthly spend is {spend}{source}.",
            $"Cost review for {voice.Environment(f.Provider)}: the current monthly spend is {spend}{source}."));
    }

    private static AnswerSection Savings(Voice voice, CostFacts f)
    {
        var n = f.Recommendations.Count;
        var what = f.TopCount is { } top ? $"your top {top} cost optimization opportunities" : $"these {n} optimizations";
        var savings = voice.Usd(f.Savings);
        var percent = voice.Percent(f.SavingsPercent);
        var projected = voice.Usd(f.Projected);
        var intro = voice.Pick(
            $"{voice.Advice()} {what}. Together they save about {savings} per month ({percent}), which brings the projected monthly cost down to {projected}:",
            $"{voice.Advice()} {what}: about {savings} a month in savings, {percent} of the spend, for a projected monthly cost of {projected}.",
            $"Savings of roughly {savings} per month ({percent}) are within reach; {voice.Advice(sentenceStart: false)} {what}, after which the projected monthly cost is {projected}.");
        return new(voice.Pick("Recommendations", "Savings opportunities", "Where to save"), intro + "\n" + RecommendationProse.Write(voice, f.Recommendations));
    }

    private static AnswerSection Breakdown(Voice voice, IReadOnlyList<ServiceCost> services)
    {
        var parts = string.Join(", ", services.Select(s =>
            $"{s.Service ?? voice.Pick("networking and other services", "networking and everything else")} {voice.Usd(s.Amount)} ({voice.Percent(s.Percent)})"));
        return new(voice.Pick("Cost breakdown", "Spend by service"), voice.Pick(
            $"Current cost breakdown by service: {parts}.",
            $"Broken down by service, the monthly bill is {parts}.",
            $"Spend by service today: {parts}."));
    }

    private static AnswerSection Target(Voice voice, CostFacts f, TargetCheck target)
    {
        var goal = voice.Percent(target.Share * 100);
        var amount = voice.Usd(target.MonthlyAmount);
        var reached = voice.Percent(f.SavingsPercent);
        return new("Target", target.Met
            ? voice.Pick($"Against your target of {goal} ({amount}/month), this plan meets the goal at {reached}.",
                $"Your goal was a {goal} reduction, {amount} a month; at {reached} the plan meets it.")
            : voice.Pick($"Against your target of {goal} ({amount}/month), this plan falls short of the goal at {reached}.",
                $"Your goal was a {goal} reduction, {amount} a month; at {reached} the plan falls short of it."));
    }
}
