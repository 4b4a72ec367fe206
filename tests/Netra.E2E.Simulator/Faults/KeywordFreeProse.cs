using System.Globalization;
using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Wording;

namespace Netra.E2E.Simulator.Faults;

/// <summary>
/// An answer's figures in words that carry none of the indicator words (cost, saving, recommend, forecast, capacity,
/// anomaly, insight, latency, throughput, before, after, data, trend ...), for KeywordsOutsideProse. Null for facts
/// that have no such form; a performance answer says only "up to 30% improvement".
/// </summary>
public static class KeywordFreeProse
{
    public static IReadOnlyList<AnswerSection>? Sections(AnswerFacts facts) => facts switch
    {
        CostFacts c => Cost(c),
        CoordinatedFacts c => [.. Usage(c.Data), .. Cost(c.Optimization)],
        PerformanceFacts p => Performance(p),
        UsagePatternFacts u => Usage(u),
        AnomalyFacts a => Anomalies(a),
        CapacityFacts c => Growth(c),
        OpportunityDetailsFacts d =>
        [
            new("Summary", $"The first change from my earlier answer is worth {Money.Usd(d.MonthlySavings)} a month. To do it, list the resources involved, " +
                           "try the change in staging for a week, then roll it out and check the next bill."),
        ],
        TimelineFacts t => [Schedule(t.Roadmap), Payoff(t.Roi)],
        _ => null,
    };

    private static IReadOnlyList<AnswerSection> Cost(CostFacts f)
    {
        var sections = new List<AnswerSection> { new("Summary", $"{Account(f.Provider)}: {Money.Usd(f.Spend)} a month today.") };
        if (f.Breakdown is { } breakdown)
        {
            sections.Add(new("By service", "By service: " + string.Join(", ", breakdown.Select(s =>
                $"{Neutral(s.Service) ?? "networking and other services"} {Money.Usd(s.Amount)} ({s.Percent}%)")) + "."));
        }

        var lines = f.Recommendations.Select((r, i) => $"{i + 1}. Change {i + 1}: {Money.Usd(r.EstimatedMonthlySavingsUsd ?? 0)} a month off.");
        sections.Add(new("Changes", string.Join("\n", lines.Prepend(
            $"{f.Recommendations.Count} changes take {Money.Usd(f.Savings)} off the monthly bill ({f.SavingsPercent:0.#}%), leaving {Money.Usd(f.Projected)} a month:"))));
        if (f.Target is { } target)
        {
            sections.Add(new("Goal", $"Goal: {target.Share * 100:0.#}% ({Money.Usd(target.MonthlyAmount)} a month), {(target.Met ? "met" : "not met")}."));
        }

        if (f.Roadmap is { } roadmap)
        {
            sections.Add(Schedule(roadmap));
        }

        if (f.Roi is { } roi)
        {
            sections.Add(Payoff(roi));
        }

        return sections;
    }

    private static IReadOnlyList<AnswerSection> Performance(PerformanceFacts f)
    {
        var fleet = f.FleetReductionPercent is { } percent ? $" With them, {percent}% fewer {f.Provider.Compute} nodes carry the same load." : "";
        return
        [
            new("Summary", $"{Services(f.Provider)}: up to 30% improvement from three changes: a read-through cache in front of the main store, " +
                           $"connection pooling with keep-alive, and report generation moved to a queue.{fleet}"),
        ];
    }

    private static IReadOnlyList<AnswerSection> Usage(UsagePatternFacts f)
    {
        var peak = f.PeakP95Ms is { } p95 ? $" At peak p95 is {p95} ms, off-peak {p95 / 2} ms." : "";
        return
        [
            new("Usage", $"Usage over the last {f.Days} days ({f.DataPoints:N0} points): weekdays 09:00-17:00 carry {f.PeakSharePercent}% of requests, " +
                         $"weekends {f.WeekendUtilisationPercent}%. Volume grows {f.MonthlyGrowthPercent}% a month. " +
                         $"Scheduled scale-down outside those hours trims idle machines by {f.IdleCutPercent}%.{peak}"),
        ];
    }

    private static IReadOnlyList<AnswerSection> Anomalies(AnomalyFacts f) =>
    [
        new("Events", $"Over the last {f.Days} days: {f.Spikes} spikes above 3 standard deviations, each within 10 minutes of a deployment; " +
                      $"error_rate went from {f.ErrorRateBeforePercent}% to {f.ErrorRatePeakPercent}% during the largest, while traffic stayed flat. " +
                      "The regressions come from deployments, not load, and repeat with the weekly release on Tuesdays."),
        new("Next", "Next: canary deployments with automatic rollback when error_rate passes 1%, and alerts on p95 deviations within 5 minutes."),
    ];

    private static IReadOnlyList<AnswerSection> Growth(CapacityFacts f) =>
    [
        new("Growth", $"Over the next {f.Months} months at {f.Growth.ToString("0.##", CultureInfo.InvariantCulture)}x growth, compute goes from {f.VcpusNow} to " +
                      $"{f.VcpusForecast} vCPUs and storage from {f.StorageNowTb} TB to {f.StorageForecastTb.ToString("0", CultureInfo.InvariantCulture)} TB; " +
                      $"the monthly bill goes from {Money.Usd(f.SpendNow)} to {Money.Usd(f.SpendForecast)}."),
        new("Next", $"Reserve the first {f.VcpusNow} vCPUs now, autoscale the rest, and revisit every quarter."),
    ];

    private static AnswerSection Schedule(Roadmap roadmap) =>
        new("Schedule", string.Join("; ", roadmap.Phases.Select(p => $"weeks {p.FirstWeek}-{p.LastWeek}: change {p.Number}")) + ".");

    private static AnswerSection Payoff(ReturnOnInvestment roi) => new("Payoff",
        $"One-off work of about {Money.Usd(roi.Investment)} pays for itself in {roi.PaybackMonths.ToString("0.#", CultureInfo.InvariantCulture)} months; " +
        $"{Money.Usd(roi.AnnualReturn)} a year.");

    /// <summary>A service's name without "data" (as in "managed databases").</summary>
    private static string? Neutral(string? service) => service switch
    {
        "Azure SQL Database" => "Azure SQL",
        "managed databases" => "managed SQL",
        _ => service,
    };

    private static string Account(CloudProvider provider) => provider == CloudProvider.Unnamed ? "Your cloud account" : $"Your {provider.Name} account";

    private static string Services(CloudProvider provider) => provider == CloudProvider.Unnamed ? "Your services" : $"Your {provider.Name} services";
}
