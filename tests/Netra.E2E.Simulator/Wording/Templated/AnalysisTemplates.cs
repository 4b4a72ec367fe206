using Netra.E2E.Simulator.Agents;

namespace Netra.E2E.Simulator.Wording.Templated;

/// <summary>The fixed words of performance, usage-pattern, anomaly and capacity answers.</summary>
public static class AnalysisTemplates
{
    public static IReadOnlyList<AnswerSection> Performance(PerformanceFacts f)
    {
        var sections = new List<AnswerSection>
        {
            new("Summary", $"Performance analysis of your {f.Provider.Environment}: current p95 latency is {f.LatencyBeforeMs} ms and throughput {f.ThroughputBeforeRps} requests per second."),
            new("Recommendations", TemplatedWriter.Lines(f.Recommendations
                .Select((r, i) => $"{i + 1}. {r.Title}: {r.Detail}")
                .Prepend("Recommendations to improve performance and efficiency:"))),
            new("Projection", $"Before/after projection: p95 latency {f.LatencyBeforeMs} ms -> {f.LatencyAfterMs} ms ({f.LatencyCutPercent}% faster); " +
                              $"throughput {f.ThroughputBeforeRps} -> {f.ThroughputAfterRps} requests per second (+{f.ThroughputGainPercent}%)."),
        };
        if (f.FleetReductionPercent is { } fleet)
        {
            sections.Add(new("Cost effect", $"Cost effect: the cache and pooling let you reduce the {f.Provider.Compute} fleet by about {fleet}% at the same load."));
        }

        return sections;
    }

    public static IReadOnlyList<AnswerSection> UsagePatterns(UsagePatternFacts f)
    {
        var findings = new List<string>
        {
            $"Analysis of {f.Sources} over the last {f.Days} days ({f.DataPoints:N0} data points):",
            $"- The data shows a weekday peak between 09:00 and 17:00 that carries {f.PeakSharePercent}% of requests, while weekend utilization falls to {f.WeekendUtilisationPercent}%.",
            $"- The trend indicates {f.MonthlyGrowthPercent}% month-over-month growth in request volume.",
            $"- This pattern suggests that scheduled scaling outside peak hours could cut idle capacity by {f.IdleCutPercent}%.",
        };
        if (f.PeakP95Ms is { } p95)
        {
            findings.Add($"- Performance metrics reveal p95 latency of {p95} ms at peak versus {p95 / 2} ms off-peak: an optimization opportunity for peak-hour caching.");
        }

        return
        [
            new("Findings", TemplatedWriter.Lines(findings)),
            new("Visualizations", "Suggested visualizations: a line chart of the daily usage trend, a heatmap of hourly utilization by service, and a bar graph of cost per service that shows where optimization pays most."),
            new("Recommendations", $"Recommendations: {string.Join("; ", f.Recommendations.Select(r => r.Title.ToLowerInvariant()))}."),
        ];
    }

    public static IReadOnlyList<AnswerSection> Anomalies(AnomalyFacts f) =>
    [
        new("Anomalies", TemplatedWriter.Lines(
        [
            $"Anomaly detection over the last {f.Days} days on {string.Join(", ", f.MetricsWatched)}:",
            $"- Anomalies detected: {f.Spikes} response_time spikes above 3 standard deviations, each within 10 minutes of a deployment; error_rate rose from {f.ErrorRateBeforePercent}% to {f.ErrorRatePeakPercent}% during the largest one.",
            "- Throughput stayed flat during the spikes, so the anomalies are not load-driven.",
        ])),
        new("Insights", "Insights: the data indicates the regressions come from deployments, not traffic; the pattern repeats on Tuesdays after the weekly release."),
        new("Recommendations", "Recommendations: add canary deployments with automatic rollback on error_rate above 1%, and alert on response_time p95 deviations within 5 minutes."),
    ];

    public static IReadOnlyList<AnswerSection> Capacity(CapacityFacts f) =>
    [
        new("Forecast", TemplatedWriter.Lines(
        [
            $"Capacity forecast for the next {f.Months} months at {f.Growth:0.##}x growth:",
            $"- Compute capacity must grow from {f.VcpusNow} to {f.VcpusForecast} vCPUs; storage from {f.StorageNowTb} TB to {f.StorageForecastTb:0} TB.",
            $"- At current prices the monthly cost would reach {Money.Usd(f.SpendForecast)} against {Money.Usd(f.SpendNow)} today.",
        ])),
        new("Recommendations", $"Recommendations: reserve the first {f.VcpusNow} vCPUs now, add autoscaling for the growth, and revisit the forecast every quarter to stay within budget constraints."),
    ];
}
