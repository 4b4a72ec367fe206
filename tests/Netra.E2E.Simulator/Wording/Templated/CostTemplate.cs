using Netra.E2E.Simulator.Agents;

namespace Netra.E2E.Simulator.Wording.Templated;

/// <summary>The cost answer's fixed words, and the roadmap and ROI parts other answers reuse.</summary>
public static class CostTemplate
{
    public static IReadOnlyList<AnswerSection> Sections(CostFacts facts)
    {
        var sections = new List<AnswerSection>
        {
            new("Summary", $"Cost analysis for your {facts.Provider.Environment}: current monthly spend is {Money.Usd(facts.Spend)}" +
                           (facts.SpendEstimated ? " (estimated from your usage data)." : ", as you stated.")),
        };
        if (facts.Breakdown is { } breakdown)
        {
            sections.Add(new("Cost breakdown", "Current cost breakdown by service: " +
                string.Join(", ", breakdown.Select(s => $"{s.Service ?? "networking and other services"} {Money.Usd(s.Amount)} ({s.Percent}%)")) + "."));
        }

        var count = facts.Recommendations.Count;
        var intro = facts.TopCount is { } top ? $"Your top {top} cost optimization opportunities" : $"I recommend these {count} optimizations";
        sections.Add(new("Recommendations", TemplatedWriter.Lines(facts.Recommendations
            .Select((r, i) => $"{i + 1}. {r.Title}: {r.Detail} Estimated savings: {Money.Usd(r.EstimatedMonthlySavingsUsd ?? 0)}/month.")
            .Prepend($"{intro}, together saving about {Money.Usd(facts.Savings)} per month ({facts.SavingsPercent:0.#}%), which brings projected monthly cost to {Money.Usd(facts.Projected)}:"))));

        if (facts.Target is { } target)
        {
            sections.Add(new("Target", $"Against your target of {target.Share * 100:0.#}% ({Money.Usd(target.MonthlyAmount)}/month) this plan " +
                                       $"{(target.Met ? "meets" : "falls short of")} the goal at {facts.SavingsPercent:0.#}%."));
        }

        if (facts.PerformanceNote)
        {
            sections.Add(new("Performance", $"Performance: the same right-sizing keeps p95 latency within 5% of today's; autoscaling on {facts.Provider.Compute} removes the evening throughput bottleneck."));
        }

        if (facts.SecurityNote)
        {
            sections.Add(new("Security", $"Security: two {facts.Provider.Storage} buckets allow public listing and three service accounts hold unused admin rights; restrict both before the next release."));
        }

        if (facts.Roadmap is { } roadmap)
        {
            sections.Add(Roadmap(roadmap));
        }

        if (facts.Roi is { } roi)
        {
            sections.Add(Roi(roi));
        }

        return sections;
    }

    public static AnswerSection Roadmap(Roadmap roadmap) => new("Roadmap", TemplatedWriter.Lines(roadmap.Phases
        .Select(p => $"Phase {p.Number} (weeks {p.FirstWeek}-{p.LastWeek}, priority {p.Priority}): implement \"{p.Recommendation.Title}\" and verify the savings in the next bill.")
        .Prepend("Implementation roadmap with priorities:")
        .Append("Action: assign an owner per phase and review the plan monthly.")));

    public static AnswerSection Roi(ReturnOnInvestment roi) => new("ROI",
        $"ROI calculation: a one-time investment of about {Money.Usd(roi.Investment)} in engineering time returns {Money.Usd(roi.AnnualReturn)} per year; " +
        $"payback period {roi.PaybackMonths:0.#} months, first-year return on investment {roi.FirstYearPercent:0}%.");
}
