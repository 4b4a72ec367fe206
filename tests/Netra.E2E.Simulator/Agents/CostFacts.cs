namespace Netra.E2E.Simulator.Agents;

/// <summary>
/// A cost answer: the spend, the savings of each recommendation (their sum is <see cref="Savings"/>), the projected cost
/// (spend minus savings), and the parts the request asked for.
/// </summary>
public sealed record CostFacts(CloudProvider Provider, decimal Spend, bool SpendEstimated, decimal Savings, decimal SavingsPercent) : AnswerFacts
{
    public decimal Projected => Spend - Savings;

    /// <summary>The request asked for its top N opportunities.</summary>
    public int? TopCount { get; init; }

    public IReadOnlyList<ServiceCost>? Breakdown { get; init; }

    public TargetCheck? Target { get; init; }

    /// <summary>Comprehensive or performance-minded requests: what the savings do to latency and throughput.</summary>
    public bool PerformanceNote { get; init; }

    public bool SecurityNote { get; init; }

    public Roadmap? Roadmap { get; init; }

    public ReturnOnInvestment? Roi { get; init; }
}

/// <summary>One line of the spend broken down by service; <paramref name="Service"/> null is "networking and other services".</summary>
public sealed record ServiceCost(string? Service, decimal Amount, int Percent);

/// <param name="Share">The reduction the user aims for, as a fraction of the spend.</param>
public sealed record TargetCheck(decimal Share, decimal MonthlyAmount, bool Met);

public sealed record RoadmapPhase(int Number, int FirstWeek, int LastWeek, string Priority, Recommendation Recommendation);

/// <summary>The recommendations as phases, by priority: the first in weeks 1-2, the second in weeks 3-6, the rest in weeks 7-10.</summary>
public sealed record Roadmap(IReadOnlyList<RoadmapPhase> Phases)
{
    public static Roadmap Of(IReadOnlyList<Recommendation> recommendations) => new(recommendations
        .Select((r, i) => i switch
        {
            0 => new RoadmapPhase(1, 1, 2, r.Priority ?? "medium", r),
            1 => new RoadmapPhase(2, 3, 6, r.Priority ?? "medium", r),
            _ => new RoadmapPhase(i + 1, 7, 10, r.Priority ?? "medium", r),
        })
        .ToArray());
}

/// <summary>A one-time investment of 1.5 months of savings (to the hundred), paid back by the monthly savings.</summary>
public sealed record ReturnOnInvestment(decimal MonthlySavings, decimal Investment, decimal AnnualReturn, decimal PaybackMonths, decimal FirstYearPercent)
{
    public static ReturnOnInvestment Of(decimal monthlySavings)
    {
        var investment = Money.RoundTo(monthlySavings * 1.5m, 100);
        var annualReturn = monthlySavings * 12;
        return new ReturnOnInvestment(
            monthlySavings,
            investment,
            annualReturn,
            monthlySavings == 0 ? 0 : investment / monthlySavings,
            investment == 0 ? 0 : (annualReturn - investment) / investment * 100);
    }
}
