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

    public static UsagePatternFacts UsagePatternFacts(RequestProfile profile)
    {
        var sources = profile.DataSources.Count > 0 ? string.Join(" and ", profile.DataSources) : "usage and billing data";
        var weekendUtilisation = 15 + (int)(profile.Seed / 11 % 15);
        var growth = 3 + (int)(profile.Seed / 19 % 9);
        return new UsagePatternFacts(sources, profile.Days ?? 30, 40_000 + (int)(profile.Seed % 50_000), 55 + (int)(profile.Seed % 20),
            weekendUtilisation, growth, 20 + (int)(profile.Seed / 23 % 15))
        {
            PeakP95Ms = profile.AsksPerformance ? 240 + (int)(profile.Seed % 300) : null,
            Recommendations =
            [
                new("Schedule scale-down outside 09:00-17:00", $"Weekend and night utilization is {weekendUtilisation}%; scheduled scaling removes idle capacity.", Priority: "high"),
                new("Plan capacity for the growth trend", $"At {growth}% monthly growth, today's headroom lasts about {60 / growth} months.", Priority: "medium"),
            ],
        };
    }

    private static RunScript UsagePatterns(string agentName, RequestProfile profile)
    {
        var facts = UsagePatternFacts(profile);
        facts = facts with
        {
            Metrics = new Dictionary<string, double>
            {
                ["data_points_analyzed"] = facts.DataPoints,
                ["peak_share_percent"] = facts.PeakSharePercent,
                ["monthly_growth_percent"] = facts.MonthlyGrowthPercent,
                ["idle_capacity_reduction_percent"] = facts.IdleCutPercent,
            },
        };
        var steps = new List<ScriptStep>
        {
            new ThinkingStep(agentName, $"Querying {facts.Sources} for the last {facts.Days} days."),
            new ToolStep(agentName, "data_query", "Load usage data",
                new ToolResult { ["rows_analyzed"] = facts.DataPoints, ["sources"] = facts.Sources, ["period_days"] = facts.Days }),
            new ThinkingStep(agentName, "Looking for daily and weekly patterns and the growth trend."),
            new ToolStep(agentName, "trend_analyzer", "Find trends and patterns",
                new ToolResult { ["peak_share_percent"] = facts.PeakSharePercent, ["monthly_growth_percent"] = facts.MonthlyGrowthPercent, ["pattern"] = "weekday peak 09:00-17:00" }),
            new ToolStep(agentName, "chart_builder", "Choose visualizations",
                new ToolResult { ["charts"] = new[] { "line chart: daily usage trend", "heatmap: hourly utilization", "bar graph: cost per service" } }),
            new ThinkingStep(agentName, "Summarising what the data indicates and which charts show it best."),
        };
        return new RunScript(steps, facts);
    }

    private static RunScript Anomalies(string agentName, RequestProfile profile)
    {
        var days = profile.Days ?? 7;
        IReadOnlyList<string> metricsWatched = profile.MetricNames.Count > 0 ? profile.MetricNames : ["response_time", "error_rate", "throughput"];
        var spike = 2 + (int)(profile.Seed % 3);
        var facts = new AnomalyFacts(days, metricsWatched, spike, 0.4m, 2.1m)
        {
            Recommendations =
            [
                new("Canary deployments with automatic rollback", "Roll back when error_rate exceeds 1% for five minutes.", Priority: "high"),
                new("Alert on response_time deviations", "Page on p95 deviations above three standard deviations.", Priority: "medium"),
            ],
            Metrics = new Dictionary<string, double> { ["anomalies_found"] = spike, ["period_days"] = days },
        };
        var steps = new List<ScriptStep>
        {
            new ThinkingStep(agentName, $"Loading {days} days of {string.Join(", ", metricsWatched)}."),
            new ToolStep(agentName, "anomaly_detector", "Find statistical outliers", new ToolResult { ["anomalies_found"] = spike, ["period_days"] = days }),
            new ThinkingStep(agentName, "Correlating anomalies with deployments and traffic."),
        };
        return new RunScript(steps, facts);
    }

    private static RunScript Capacity(string agentName, RequestProfile profile)
    {
        var months = profile.HorizonMonths ?? 6;
        var growth = profile.GrowthFactor ?? 1.3;
        var (spend, _) = Money.SpendOf(profile);
        var vcpusNow = 320 + (int)(profile.Seed % 200);
        var vcpusThen = (int)Math.Ceiling(vcpusNow * growth);
        var facts = new CapacityFacts(months, growth, vcpusNow, vcpusThen, 42, spend)
        {
            Recommendations =
            [
                new("Reserve baseline capacity", $"Commit to {vcpusNow} vCPUs for the steady load.", Priority: "high"),
                new("Autoscale for growth", $"Let autoscaling add up to {vcpusThen - vcpusNow} vCPUs as demand grows.", Priority: "medium"),
            ],
            Metrics = new Dictionary<string, double> { ["vcpus_now"] = vcpusNow, ["vcpus_forecast"] = vcpusThen, ["forecast_months"] = months },
        };
        var steps = new List<ScriptStep>
        {
            new ThinkingStep(agentName, $"Projecting demand {months} months ahead at {growth:0.##}x growth."),
            new ToolStep(agentName, "capacity_forecaster", "Forecast capacity", new ToolResult { ["vcpus_now"] = vcpusNow, ["vcpus_forecast"] = vcpusThen, ["months"] = months }),
            new ThinkingStep(agentName, "Fitting the forecast to budget and infrastructure constraints."),
        };
        return new RunScript(steps, facts);
    }
}
