using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Threads;

namespace Netra.E2E.Simulator.Faults;

/// <summary>
/// ImplausibleSavings, where the agent decides: savings of 285 % of the spend (stated or estimated), so the projected
/// cost is negative. The facts change, not the words, so prose, recommendations and metrics agree, and so do follow-ups.
/// </summary>
public sealed class ImplausibleSavings(IAgentDirectory inner) : IAgentDirectory
{
    public const decimal ShareOfSpend = 2.85m;

    public IReadOnlyCollection<string> Names => inner.Names;

    public RunScript? Plan(string? agentName, RequestProfile profile, IReadOnlyList<ThreadTurn> history) =>
        inner.Plan(agentName, profile, history) is { } script ? script with { Facts = Inflate(script.Facts) } : null;

    public RunScript Supervise(RequestProfile profile, IReadOnlyList<ThreadTurn> history)
    {
        var script = inner.Supervise(profile, history);
        return script with { Facts = Inflate(script.Facts) };
    }

    public static AnswerFacts Inflate(AnswerFacts facts) => facts switch
    {
        CostFacts cost => Inflate(cost),
        CoordinatedFacts coordinated => Inflate(coordinated),
        _ => facts,
    };

    public static CostFacts Inflate(CostFacts f)
    {
        var savings = f.Spend * ShareOfSpend;
        var recommendations = Scale(f.Recommendations, savings);
        return f with
        {
            Savings = savings,
            SavingsPercent = ShareOfSpend * 100,
            Recommendations = recommendations,
            Target = f.Target is { } target ? target with { Met = true } : null,
            Roadmap = f.Roadmap is null ? null : Roadmap.Of(recommendations),
            Roi = f.Roi is null ? null : ReturnOnInvestment.Of(savings),
            Metrics = new Dictionary<string, double>
            {
                ["current_monthly_cost_usd"] = (double)f.Spend,
                ["projected_monthly_cost_usd"] = (double)(f.Spend - savings),
                ["monthly_savings_usd"] = (double)savings,
                ["savings_percent"] = (double)(ShareOfSpend * 100),
            },
        };
    }

    private static CoordinatedFacts Inflate(CoordinatedFacts f)
    {
        var optimization = Inflate(f.Optimization);
        return f with
        {
            Optimization = optimization,
            Roadmap = Roadmap.Of(optimization.Recommendations),
            Recommendations = optimization.Recommendations.Concat(f.Data.Recommendations).ToList(),
            Metrics = optimization.Metrics.Concat(f.Data.Metrics).ToDictionary(kv => kv.Key, kv => kv.Value),
        };
    }

    /// <summary>Each recommendation keeps its share of the savings, rounded to $10; the last takes the rest, so they add up exactly.</summary>
    private static IReadOnlyList<Recommendation> Scale(IReadOnlyList<Recommendation> recommendations, decimal savings)
    {
        var weights = recommendations.Select(r => r.EstimatedMonthlySavingsUsd ?? 0).ToArray();
        var total = weights.Sum();
        var scaled = new List<Recommendation>();
        for (var i = 0; i < recommendations.Count; i++)
        {
            var share = total == 0 ? 1m / recommendations.Count : weights[i] / total;
            var saving = i == recommendations.Count - 1 ? savings - scaled.Sum(r => r.EstimatedMonthlySavingsUsd ?? 0) : Money.RoundTo(savings * share, 10);
            scaled.Add(recommendations[i] with { EstimatedMonthlySavingsUsd = saving });
        }

        return scaled;
    }
}
