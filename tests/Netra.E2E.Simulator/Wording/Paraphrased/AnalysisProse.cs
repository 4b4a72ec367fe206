using Netra.E2E.Simulator.Agents;

namespace Netra.E2E.Simulator.Wording.Paraphrased;

/// <summary>Performance, usage-pattern, anomaly and capacity answers in varied words; findings are sentences, never list items.</summary>
public static class AnalysisProse
{
    public static IReadOnlyList<AnswerSection> Performance(Voice voice, PerformanceFacts f)
    {
        var rest = new List<AnswerSection>
        {
            new(voice.Pick("Recommendations", "What to change"),
                $"{voice.Advice()} these changes to improve performance:\n" + RecommendationProse.Write(voice, f.Recommendations)),
            new(voice.Pick("Before and after", "Projection", "Expected impact"), Projection(voice, f)),
        };
        if (f.FleetReductionPercent is { } fleet)
        {
            rest.Add(new("Cost effect", $"Cost effect: with the cache and pooling in place you can reduce the {f.Provider.Compute} fleet by about {voice.Percent(fleet)} at the same load."));
        }

        var summary = voice.Pick(
            $"Performance analysis of {voice.Environment(f.Provider)}: p95 latency is currently {f.LatencyBeforeMs} ms and throughput {f.ThroughputBeforeRps} requests per second.",
            $"I profiled the performance of {voice.Environment(f.Provider)}. Today p95 latency sits at {f.LatencyBeforeMs} ms, with a throughput of {f.ThroughputBeforeRps} requests per second.");
        return [new("Summary", summary), .. voice.Shuffle(rest)];
    }

    public static IReadOnlyList<AnswerSection> UsagePatterns(Voice voice, UsagePatternFacts f)
    {
        var findings = new List<string>
        {
            $"The data {Finds(voice)} a weekday peak between 09:00 and 17:00 that carries {voice.Percent(f.PeakSharePercent)} of requests, while weekend utilization falls to {voice.Percent(f.WeekendUtilisationPercent)}.",
            $"The trend {Finds(voice)} {voice.Percent(f.MonthlyGrowthPercent)} month-over-month growth in request volume.",
            $"This pattern {voice.Pick("suggests", "indicates", "shows")} that scheduled scaling outside peak hours could cut idle capacity by {voice.Percent(f.IdleCutPercent)}.",
        };
        if (f.PeakP95Ms is { } p95)
        {
            findings.Add($"Performance metrics {Finds(voice)} p95 latency of {p95} ms at peak against {p95 / 2} ms off-peak: an optimization opportunity for peak-hour caching.");
        }

        var intro = voice.Pick(
            $"Analysis of {f.Sources} over the last {f.Days} days ({f.DataPoints:N0} data points):",
            $"I analysed {f.Days} days of {f.Sources}, {f.DataPoints:N0} data points in all.");
        var charts = voice.Pick(
            "Suggested visualizations: a line chart of the daily usage trend, a heatmap of hourly utilization by service, and a bar graph of cost per service that shows where optimization pays most.",
            "To see it, I suggest three charts: a line chart of daily usage (the trend), a heatmap of hourly utilization by service, and a bar graph of cost per service.",
            "The visualizations that show this best are a line chart of the daily trend, an hourly utilization heatmap per service and a bar graph of cost per service.");
        return
        [
            new(voice.Pick("Findings", "What the data shows"), intro + "\n" + string.Join(" ", findings)),
            .. voice.Shuffle<AnswerSection>(
            [
                new(voice.Pick("Visualizations", "Charts"), charts),
                new("Recommendations", $"{voice.Advice()} two actions:\n" + RecommendationProse.Write(voice, f.Recommendations)),
            ]),
        ];
    }

    public static IReadOnlyList<AnswerSection> Anomalies(Voice voice, AnomalyFacts f)
    {
        var watched = string.Join(", ", f.MetricsWatched);
        var found = voice.Pick(
            $"Anomaly detection over the last {f.Days} days on {watched}: {f.Spikes} response_time spikes stand out, each above 3 standard deviations and within 10 minutes of a deployment.",
            $"I scanned {watched} over the past {f.Days} days for anomalies and found {f.Spikes} response_time spikes above 3 standard deviations, every one within 10 minutes of a deployment.");
        var details = $"During the largest one error_rate rose from {voice.Percent(f.ErrorRateBeforePercent)} to {voice.Percent(f.ErrorRatePeakPercent)}; throughput stayed flat, so the anomalies are not load-driven.";
        var insight = voice.Pick(
            "Insight: the data indicates the regressions come from deployments, not traffic; the pattern repeats on Tuesdays after the weekly release.",
            "The key finding is that the regressions come from deployments rather than traffic: the pattern repeats every Tuesday after the weekly release.",
            "My main observation: deployments, not traffic, cause the regressions, and the pattern recurs on Tuesdays after the weekly release.");
        return
        [
            new(voice.Pick("Anomalies", "What I found"), found + " " + details),
            new(voice.Pick("Insights", "Key finding"), insight),
            new("Recommendations", $"{voice.Advice()} canary deployments with automatic rollback when error_rate passes 1%, and alerts on response_time p95 deviations within 5 minutes:\n" +
                                   RecommendationProse.Write(voice, f.Recommendations)),
        ];
    }

    public static IReadOnlyList<AnswerSection> Capacity(Voice voice, CapacityFacts f)
    {
        var growth = f.Growth.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        var storage = f.StorageForecastTb.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
        var forecast = voice.Pick(
            $"Capacity forecast for the next {f.Months} months at {growth}x growth: compute must grow from {f.VcpusNow} to {f.VcpusForecast} vCPUs, and storage from {f.StorageNowTb} TB to {storage} TB.",
            $"I forecast {f.Months} months ahead at {growth}x growth. Compute capacity needs to go from {f.VcpusNow} to {f.VcpusForecast} vCPUs and storage from {f.StorageNowTb} TB to {storage} TB.");
        var cost = $"At current prices the monthly cost would reach {voice.Usd(f.SpendForecast)}, against {voice.Usd(f.SpendNow)} today.";
        var advice = $"{voice.Advice()} reserving the first {f.VcpusNow} vCPUs now, adding autoscaling for the growth, and revisiting the forecast every quarter to stay within budget.";
        return
        [
            new(voice.Pick("Forecast", "Capacity forecast"), forecast + " " + cost),
            new("Recommendations", advice + "\n" + RecommendationProse.Write(voice, f.Recommendations)),
        ];
    }

    private static string Projection(Voice voice, PerformanceFacts f)
    {
        var cut = voice.Percent(f.LatencyCutPercent);
        var gain = voice.Percent(f.ThroughputGainPercent);
        return voice.Pick(
            $"Before/after projection: p95 latency {f.LatencyBeforeMs} ms -> {f.LatencyAfterMs} ms ({cut} faster); throughput {f.ThroughputBeforeRps} -> {f.ThroughputAfterRps} requests per second (+{gain}).",
            $"Projected impact: p95 latency drops from {f.LatencyBeforeMs} ms (current) to {f.LatencyAfterMs} ms (optimized), {cut} faster, and throughput rises from {f.ThroughputBeforeRps} to {f.ThroughputAfterRps} requests per second, {gain} more.",
            $"Current p95 latency of {f.LatencyBeforeMs} ms becomes {f.LatencyAfterMs} ms after the changes ({cut} lower), and throughput goes from {f.ThroughputBeforeRps} to {f.ThroughputAfterRps} requests per second ({gain} higher).");
    }

    private static string Finds(Voice voice) => voice.Pick("shows", "indicates", "reveals", "demonstrates", "suggests");
}
