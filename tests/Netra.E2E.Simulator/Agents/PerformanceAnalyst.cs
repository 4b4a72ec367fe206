using System.Text;

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

        var text = new StringBuilder();
        text.AppendLine($"Performance analysis of your {provider.Environment}: current p95 latency is {latencyBefore} ms and throughput {throughputBefore} requests per second.");
        text.AppendLine("Recommendations to improve performance and efficiency:");
        for (var i = 0; i < recommendations.Count; i++)
        {
            text.AppendLine($"{i + 1}. {recommendations[i].Title}: {recommendations[i].Detail}");
        }

        text.AppendLine($"Before/after projection: p95 latency {latencyBefore} ms -> {latencyAfter} ms ({latencyCut}% faster); " +
                        $"throughput {throughputBefore} -> {throughputAfter} requests per second (+{throughputGain}%).");
        if (profile.AsksCost)
        {
            text.AppendLine($"Cost effect: the cache and pooling let you reduce the {provider.Compute} fleet by about {latencyCut / 3}% at the same load.");
        }

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
        return new RunScript(steps, new AgentAnswer(text.ToString().TrimEnd(), recommendations, metrics));
    }
}
