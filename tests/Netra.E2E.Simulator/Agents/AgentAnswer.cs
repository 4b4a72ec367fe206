using System.Text.Json.Nodes;

namespace Netra.E2E.Simulator.Agents;

public sealed record Recommendation(string Title, string Detail, decimal? EstimatedMonthlySavingsUsd = null, string? Priority = null);

/// <summary>The business value of a run: what agent_completed.result carries.</summary>
public sealed record AgentAnswer(string Content, IReadOnlyList<Recommendation> Recommendations, IReadOnlyDictionary<string, double> Metrics)
{
    public JsonObject ToResult(IEnumerable<string> toolsUsed)
    {
        var recommendations = new JsonArray();
        foreach (var r in Recommendations)
        {
            var item = new JsonObject { ["title"] = r.Title, ["detail"] = r.Detail };
            if (r.EstimatedMonthlySavingsUsd is { } savings)
            {
                item["estimated_monthly_savings_usd"] = savings;
            }

            if (r.Priority is not null)
            {
                item["priority"] = r.Priority;
            }

            recommendations.Add(item);
        }

        var metrics = new JsonObject();
        foreach (var (name, value) in Metrics)
        {
            metrics[name] = Math.Round(value, 2);
        }

        return new JsonObject
        {
            ["content"] = Content,
            ["recommendations"] = recommendations,
            ["metrics"] = metrics,
            ["tools_used"] = new JsonArray(toolsUsed.Distinct().Select(t => (JsonNode)t!).ToArray()),
        };
    }
}

/// <summary>What an agent does in a run, in order, before its answer.</summary>
public abstract record ScriptStep(string AgentName);
public sealed record ThinkingStep(string AgentName, string Thought) : ScriptStep(AgentName);
public sealed record ToolStep(string AgentName, string ToolName, string Purpose, JsonObject Result) : ScriptStep(AgentName);
public sealed record SubagentStartedStep(string AgentName, string ParentAgent) : ScriptStep(AgentName);
public sealed record SubagentCompletedStep(string AgentName, string ParentAgent) : ScriptStep(AgentName);

public sealed record RunScript(IReadOnlyList<ScriptStep> Steps, AgentAnswer Answer)
{
    public IEnumerable<string> ToolsUsed => Steps.OfType<ToolStep>().Select(t => t.ToolName);
}
