using System.Text;

namespace Netra.E2E.Simulator.Agents;

/// <summary>Data questions: what the data shows, trends, chart suggestions; also anomaly and capacity scenarios.</summary>
public static class DataAnalyst
{
    public static RunScript Analyse(string agentName, RequestProfile profile) => profile.Scenario switch
    {
        Scenario.AnomalyDetection => Anomalies(agentName, profile),
        Scenario.CapacityPlanning => Capacity(agentName, profile),
        _ => UsagePatterns(agentName, profile),
    };

    private static RunScript UsagePatterns(string agentName, RequestProfile profile)
    {
        var days = profile.Days ?? 30;
        var sources = profile.DataSources.Count > 0 ? string.Join(" and ", profile.DataSources) : "usage and billing data";
        var peakShare = 55 + (int)(profile.Seed % 20);
        var weekendUtilisation = 15 + (int)(profile.Seed / 11 % 15);
        var growth = 3 + (int)(profile.Seed / 19 % 9);
        var idleCut = 20 + (int)(profile.Seed / 23 % 15);
        var rows = 40_000 + (int)(profile.Seed % 50_000);

        var text = new StringBuilder();
        text.AppendLine($"Analysis of {sources} over the last {days} days ({rows:N0} data points):");
        text.AppendLine($"- The data shows a weekday peak between 09:00 and 17:00 that carries {peakShare}% of requests, while weekend utilization falls to {weekendUtilisation}%.");
        text.AppendLine($"- The trend indicates {growth}% month-over-month growth in request volume.");
        text.AppendLine($"- This pattern suggests that scheduled scaling outside peak hours could cut idle capacity by {idleCut}%.");
        if (profile.AsksPerformance)
        {
            var p95 = 240 + (int)(profile.Seed % 300);
            text.AppendLine($"- Performance metrics reveal p95 latency of {p95} ms at peak versus {p95 / 2} ms off-peak: an optimization opportunity for peak-hour caching.");
        }

        text.AppendLine("Suggested visualizations: a line chart of the daily usage trend, a heatmap of hourly utilization by service, and a bar graph of cost per service that shows where optimization pays most.");
        var recommendations = new List<Recommendation>
        {
            new("Schedule scale-down outside 09:00-17:00", $"Weekend and night utilization is {weekendUtilisation}%; scheduled scaling removes idle capacity.", Priority: "high"),
            new("Plan capacity for the growth trend", $"At {growth}% monthly growth, today's headroom lasts about {60 / growth} months.", Priority: "medium"),
        };
        text.AppendLine($"Recommendations: {recommendations[0].Title.ToLowerInvariant()}; {recommendations[1].Title.ToLowerInvariant()}.");

        var metrics = new Dictionary<string, double>
        {
            ["data_points_analyzed"] = rows,
            ["peak_share_percent"] = peakShare,
            ["monthly_growth_percent"] = growth,
            ["idle_capacity_reduction_percent"] = idleCut,
        };
        var steps = new List<ScriptStep>
        {
            new ThinkingStep(agentName, $"Querying {sources} for the last {days} days."),
            new ToolStep(agentName, "data_query", "Load usage data",
                new ToolResult { ["rows_analyzed"] = rows, ["sources"] = sources, ["period_days"] = days }),
            new ThinkingStep(agentName, "Looking for daily and weekly patterns and the growth trend."),
            new ToolStep(agentName, "trend_analyzer", "Find trends and patterns",
                new ToolResult { ["peak_share_percent"] = peakShare, ["monthly_growth_percent"] = growth, ["pattern"] = "weekday peak 09:00-17:00" }),
            new ToolStep(agentName, "chart_builder", "Choose visualizations",
                new ToolResult { ["charts"] = new[] { "line chart: daily usage trend", "heatmap: hourly utilization", "bar graph: cost per service" } }),
            new ThinkingStep(agentName, "Summarising what the data indicates and which charts show it best."),
        };
        return new RunScript(steps, new AgentAnswer(text.ToString().TrimEnd(), recommendations, metrics));
    }

    private static RunScript Anomalies(string agentName, RequestProfile profile)
    {
        var days = profile.Days ?? 7;
        var metricsWatched = profile.MetricNames.Count > 0 ? profile.MetricNames : ["response_time", "error_rate", "throughput"];
        var spike = 2 + (int)(profile.Seed % 3);
        var text = new StringBuilder();
        text.AppendLine($"Anomaly detection over the last {days} days on {string.Join(", ", metricsWatched)}:");
        text.AppendLine($"- Anomalies detected: {spike} response_time spikes above 3 standard deviations, each within 10 minutes of a deployment; error_rate rose from 0.4% to 2.1% during the largest one.");
        text.AppendLine("- Throughput stayed flat during the spikes, so the anomalies are not load-driven.");
        text.AppendLine("Insights: the data indicates the regressions come from deployments, not traffic; the pattern repeats on Tuesdays after the weekly release.");
        text.AppendLine("Recommendations: add canary deployments with automatic rollback on error_rate above 1%, and alert on response_time p95 deviations within 5 minutes.");
        var recommendations = new List<Recommendation>
        {
            new("Canary deployments with automatic rollback", "Roll back when error_rate exceeds 1% for five minutes.", Priority: "high"),
            new("Alert on response_time deviations", "Page on p95 deviations above three standard deviations.", Priority: "medium"),
        };
        var steps = new List<ScriptStep>
        {
            new ThinkingStep(agentName, $"Loading {days} days of {string.Join(", ", metricsWatched)}."),
            new ToolStep(agentName, "anomaly_detector", "Find statistical outliers", new ToolResult { ["anomalies_found"] = spike, ["period_days"] = days }),
            new ThinkingStep(agentName, "Correlating anomalies with deployments and traffic."),
        };
        return new RunScript(steps, new AgentAnswer(text.ToString().TrimEnd(), recommendations,
            new Dictionary<string, double> { ["anomalies_found"] = spike, ["period_days"] = days }));
    }

    private static RunScript Capacity(string agentName, RequestProfile profile)
    {
        var months = profile.HorizonMonths ?? 6;
        var growth = profile.GrowthFactor ?? 1.3;
        var (spend, _) = Money.SpendOf(profile);
        var vcpusNow = 320 + (int)(profile.Seed % 200);
        var vcpusThen = (int)Math.Ceiling(vcpusNow * growth);
        var text = new StringBuilder();
        text.AppendLine($"Capacity forecast for the next {months} months at {growth:0.##}x growth:");
        text.AppendLine($"- Compute capacity must grow from {vcpusNow} to {vcpusThen} vCPUs; storage from 42 TB to {42 * growth:0} TB.");
        text.AppendLine($"- At current prices the monthly cost would reach {Money.Usd(spend * (decimal)growth)} against {Money.Usd(spend)} today.");
        text.AppendLine($"Recommendations: reserve the first {vcpusNow} vCPUs now, add autoscaling for the growth, and revisit the forecast every quarter to stay within budget constraints.");
        var recommendations = new List<Recommendation>
        {
            new("Reserve baseline capacity", $"Commit to {vcpusNow} vCPUs for the steady load.", Priority: "high"),
            new("Autoscale for growth", $"Let autoscaling add up to {vcpusThen - vcpusNow} vCPUs as demand grows.", Priority: "medium"),
        };
        var steps = new List<ScriptStep>
        {
            new ThinkingStep(agentName, $"Projecting demand {months} months ahead at {growth:0.##}x growth."),
            new ToolStep(agentName, "capacity_forecaster", "Forecast capacity", new ToolResult { ["vcpus_now"] = vcpusNow, ["vcpus_forecast"] = vcpusThen, ["months"] = months }),
            new ThinkingStep(agentName, "Fitting the forecast to budget and infrastructure constraints."),
        };
        return new RunScript(steps, new AgentAnswer(text.ToString().TrimEnd(), recommendations,
            new Dictionary<string, double> { ["vcpus_now"] = vcpusNow, ["vcpus_forecast"] = vcpusThen, ["forecast_months"] = months }));
    }
}
