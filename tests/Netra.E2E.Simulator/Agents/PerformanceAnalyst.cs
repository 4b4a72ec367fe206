namespace Netra.E2E.Simulator.Agents;

/// <summary>Performance questions: before/after latency and throughput, with percentages.</summary>
public static class PerformanceAnalyst
{
    public static RunScript Analyse(string agentName, RequestProfile profile)
    {
        var latencyBefore = 280 + (int)(profile.Seed % 400);
        var throughputBefore = 700 + (int)(profile.Seed / 7 % 1200);
        var latencyCut = 30 + (int)(profile.Seed / 13 % 15);
        var throughputGain = 25 + (int)(profile.Seed / 17 % 35);
        var latencyAfter = latencyBefore * (100 - latencyCut) / 100;
        var throughputAfter = throughputBefore * (100 + throughputGain) / 100;
        var provider = profile.Provider;

        var recommendations = new List<Recommendation>
        {
            new("Add a read-through cache in front of the database",
                $"Hot queries against {provider.Database} dominate p95; caching them reduces p95 latency from {latencyBefore} ms to {latencyAfter} ms.", Priority: "high"),
            new("Enable connection pooling and HTTP keep-alive",
                $"Connection setup costs 40 ms per request; pooling increases throughput from {throughputBefore} to {throughputAfter} requests per second.", Priority: "high"),
            new("Move report generation to an asynchronous queue",
                "Batch reports block interactive requests; queueing them makes interactive response time faster under load.", Priority: "medium"),
        };

        var metrics = new Dictionary<string, double>
        {
            ["p95_latency_ms_before"] = latencyBefore,
            ["p95_latency_ms_after"] = latencyAfter,
            ["throughput_rps_before"] = throughputBefore,
            ["throughput_rps_after"] = throughputAfter,
            ["latency_improvement_percent"] = latencyCut,
        };

        var steps = new List<ScriptStep>
        {
            new ThinkingStep(agentName, "Profiling request latency percentiles and throughput over the last week."),
            new ToolStep(agentName, "performance_profiler", "Measure latency and throughput",
                new ToolResult { ["p95_latency_ms"] = latencyBefore, ["throughput_rps"] = throughputBefore }),
            new ThinkingStep(agentName, "Locating bottlenecks: database round trips and connection setup dominate."),
            new ToolStep(agentName, "latency_analyzer", "Project the effect of each change",
                new ToolResult { ["p95_latency_ms_after"] = latencyAfter, ["throughput_rps_after"] = throughputAfter }),
            new ThinkingStep(agentName, "Writing the before/after projection."),
        };
        var facts = new PerformanceFacts(provider, latencyBefore, latencyAfter, throughputBefore, throughputAfter, latencyCut, throughputGain)
        {
            Recommendations = recommendations,
            Metrics = metrics,
            FleetReductionPercent = profile.AsksCost ? latencyCut / 3 : null,
        };
        return new RunScript(steps, facts);
    }
}
