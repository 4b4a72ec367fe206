using System.Text;

namespace Netra.E2E.Simulator.Agents;

/// <summary>Cost questions: dollar figures, savings per recommendation, and on request a breakdown, roadmap and ROI.</summary>
public static class CostAnalyst
{
    public static RunScript Analyse(string agentName, RequestProfile profile)
    {
        var (spend, estimated) = Money.SpendOf(profile);
        var provider = profile.Provider;
        var count = Math.Clamp(profile.TopCount ?? provider.CostPlays.Count, 1, provider.CostPlays.Count);
        var recommendations = provider.CostPlays.Take(count)
            .Select((play, i) => new Recommendation(play.Title, play.Detail, Money.RoundTo(spend * play.Share, 10), i == 0 ? "high" : i == 1 ? "medium" : "low"))
            .ToList();
        var savings = recommendations.Sum(r => r.EstimatedMonthlySavingsUsd ?? 0);
        var projected = spend - savings;
        var percent = spend == 0 ? 0 : savings / spend * 100;

        var text = new StringBuilder();
        text.Append($"Cost analysis for your {provider.Environment}: current monthly spend is {Money.Usd(spend)}");
        text.AppendLine(estimated ? " (estimated from your usage data)." : ", as you stated.");
        if (profile.AsksBreakdown)
        {
            text.AppendLine($"Current cost breakdown by service: {provider.Compute} {Money.Usd(spend * 0.46m)} (46%), {provider.Database} {Money.Usd(spend * 0.24m)} (24%), " +
                            $"{provider.Storage} {Money.Usd(spend * 0.14m)} (14%), networking and other services {Money.Usd(spend * 0.16m)} (16%).");
        }

        var intro = profile.TopCount is { } top ? $"Your top {top} cost optimization opportunities" : $"I recommend these {count} optimizations";
        text.AppendLine($"{intro}, together saving about {Money.Usd(savings)} per month ({percent:0.#}%), which brings projected monthly cost to {Money.Usd(projected)}:");
        for (var i = 0; i < recommendations.Count; i++)
        {
            var r = recommendations[i];
            text.AppendLine($"{i + 1}. {r.Title}: {r.Detail} Estimated savings: {Money.Usd(r.EstimatedMonthlySavingsUsd ?? 0)}/month.");
        }

        if (profile.TargetReduction is { } target)
        {
            var verdict = percent / 100 >= target ? "meets" : "falls short of";
            text.AppendLine($"Against your target of {target * 100:0.#}% ({Money.Usd(spend * target)}/month) this plan {verdict} the goal at {percent:0.#}%.");
        }

        if (profile.Comprehensive || profile.AsksPerformance)
        {
            text.AppendLine($"Performance: the same right-sizing keeps p95 latency within 5% of today's; autoscaling on {provider.Compute} removes the evening throughput bottleneck.");
        }

        if (profile.Comprehensive || profile.AsksSecurity)
        {
            text.AppendLine($"Security: two {provider.Storage} buckets allow public listing and three service accounts hold unused admin rights; restrict both before the next release.");
        }

        if (profile.AsksRoadmap || profile.Comprehensive || profile.TargetReduction is not null)
        {
            AppendRoadmap(text, recommendations);
        }

        if (profile.AsksRoi)
        {
            AppendRoi(text, savings);
        }

        var metrics = new Dictionary<string, double>
        {
            ["current_monthly_cost_usd"] = (double)spend,
            ["projected_monthly_cost_usd"] = (double)projected,
            ["monthly_savings_usd"] = (double)savings,
            ["savings_percent"] = (double)Math.Round(percent, 1),
        };

        var steps = new List<ScriptStep>
        {
            new ThinkingStep(agentName, $"Reading {provider.Name} billing data for the last 30 days to understand the {Money.Usd(spend)} monthly spend."),
            new ToolStep(agentName, "cost_explorer", "Break down spend by service",
                new ToolResult { ["monthly_spend_usd"] = spend, ["provider"] = provider.Name, ["services_analyzed"] = 14 }),
            new ThinkingStep(agentName, $"Comparing utilisation with pricing options to size savings for {recommendations.Count} opportunities."),
            new ToolStep(agentName, "savings_calculator", "Estimate savings per recommendation",
                new ToolResult { ["total_monthly_savings_usd"] = savings, ["recommendations"] = recommendations.Count }),
        };
        if (profile.Comprehensive)
        {
            steps.Add(new ThinkingStep(agentName, "Checking performance headroom and security posture so savings do not cost reliability."));
            steps.Add(new ToolStep(agentName, "security_scanner", "Find risky configurations", new ToolResult { ["findings"] = 5 }));
        }

        if (profile.AsksRoadmap || profile.AsksRoi)
        {
            steps.Add(new ThinkingStep(agentName, "Ordering the work into phases by savings and effort, and computing payback."));
        }

        steps.Add(new ThinkingStep(agentName, "Writing up recommendations with their estimated savings."));
        return new RunScript(steps, new AgentAnswer(text.ToString().TrimEnd(), recommendations, metrics));
    }

    public static void AppendRoadmap(StringBuilder text, IReadOnlyList<Recommendation> recommendations)
    {
        text.AppendLine("Implementation roadmap with priorities:");
        for (var i = 0; i < recommendations.Count; i++)
        {
            var weeks = i switch { 0 => "weeks 1-2", 1 => "weeks 3-6", _ => "weeks 7-10" };
            text.AppendLine($"Phase {i + 1} ({weeks}, priority {recommendations[i].Priority ?? "medium"}): implement \"{recommendations[i].Title}\" and verify the savings in the next bill.");
        }

        text.AppendLine("Action: assign an owner per phase and review the plan monthly.");
    }

    public static void AppendRoi(StringBuilder text, decimal monthlySavings)
    {
        var investment = Money.RoundTo(monthlySavings * 1.5m, 100);
        var annualReturn = monthlySavings * 12;
        var payback = monthlySavings == 0 ? 0 : investment / monthlySavings;
        var roi = investment == 0 ? 0 : (annualReturn - investment) / investment * 100;
        text.AppendLine($"ROI calculation: a one-time investment of about {Money.Usd(investment)} in engineering time returns {Money.Usd(annualReturn)} per year; " +
                        $"payback period {payback:0.#} months, first-year return on investment {roi:0}%.");
    }
}
