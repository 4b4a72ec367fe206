namespace Netra.E2E.Simulator.Agents;

/// <summary>Cost questions: the spend, savings per recommendation, and on request a breakdown, target, roadmap and ROI.</summary>
public static class CostAnalyst
{
    private static readonly (string? Service, int Percent)[] BreakdownShares = [("compute", 46), ("database", 24), ("storage", 14), (null, 16)];

    public static RunScript Analyse(string agentName, RequestProfile profile)
    {
        var facts = Facts(profile);
        var provider = profile.Provider;
        var steps = new List<ScriptStep>
        {
            new ThinkingStep(agentName, $"Reading {provider.Name} billing data for the last 30 days to understand the {Money.Usd(facts.Spend)} monthly spend."),
            new ToolStep(agentName, "cost_explorer", "Break down spend by service",
                new ToolResult { ["monthly_spend_usd"] = facts.Spend, ["provider"] = provider.Name, ["services_analyzed"] = 14 }),
            new ThinkingStep(agentName, $"Comparing utilisation with pricing options to size savings for {facts.Recommendations.Count} opportunities."),
            new ToolStep(agentName, "savings_calculator", "Estimate savings per recommendation",
                new ToolResult { ["total_monthly_savings_usd"] = facts.Savings, ["recommendations"] = facts.Recommendations.Count }),
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
        return new RunScript(steps, facts);
    }

    public static CostFacts Facts(RequestProfile profile)
    {
        var (spend, estimated) = Money.SpendOf(profile);
        var provider = profile.Provider;
        var count = Math.Clamp(profile.TopCount ?? provider.CostPlays.Count, 1, provider.CostPlays.Count);
        var recommendations = provider.CostPlays.Take(count)
            .Select((play, i) => new Recommendation(play.Title, play.Detail, Money.RoundTo(spend * play.Share, 10), i == 0 ? "high" : i == 1 ? "medium" : "low"))
            .ToList();
        var savings = recommendations.Sum(r => r.EstimatedMonthlySavingsUsd ?? 0);
        var percent = spend == 0 ? 0 : savings / spend * 100;

        return new CostFacts(provider, spend, estimated, savings, percent)
        {
            Recommendations = recommendations,
            TopCount = profile.TopCount,
            Breakdown = profile.AsksBreakdown ? BreakdownShares.Select(s => new ServiceCost(ServiceOf(provider, s.Service), spend * s.Percent / 100m, s.Percent)).ToArray() : null,
            Target = profile.TargetReduction is { } target ? new TargetCheck(target, spend * target, percent / 100 >= target) : null,
            PerformanceNote = profile.Comprehensive || profile.AsksPerformance,
            SecurityNote = profile.Comprehensive || profile.AsksSecurity,
            Roadmap = profile.AsksRoadmap || profile.Comprehensive || profile.TargetReduction is not null ? Roadmap.Of(recommendations) : null,
            Roi = profile.AsksRoi ? ReturnOnInvestment.Of(savings) : null,
            Metrics = new Dictionary<string, double>
            {
                ["current_monthly_cost_usd"] = (double)spend,
                ["projected_monthly_cost_usd"] = (double)(spend - savings),
                ["monthly_savings_usd"] = (double)savings,
                ["savings_percent"] = (double)Math.Round(percent, 1),
            },
        };
    }

    private static string? ServiceOf(CloudProvider provider, string? kind) => kind switch
    {
        "compute" => provider.Compute,
        "database" => provider.Database,
        "storage" => provider.Storage,
        _ => null,
    };
}
