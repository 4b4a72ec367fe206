using System.Text.Json.Nodes;
using Netra.E2E.Simulator.Agents;

namespace Netra.E2E.Simulator.Dialects.Contract;

/// <summary>The result objects of tool_completed and agent_completed, written from the agents' facts.</summary>
public static class ContractResults
{
    /// <summary>agent_completed.result: content, recommendations, metrics (two decimals), tools_used.</summary>
    public static JsonObject Of(AgentAnswer answer, IEnumerable<string> toolsUsed)
    {
        var recommendations = new JsonArray();
        foreach (var r in answer.Recommendations)
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
        foreach (var (name, value) in answer.Metrics)
        {
            metrics[name] = Math.Round(value, 2);
        }

        return new JsonObject
        {
            ["content"] = answer.Content,
            ["recommendations"] = recommendations,
            ["metrics"] = metrics,
            ["tools_used"] = new JsonArray(toolsUsed.Select(t => (JsonNode)t!).ToArray()),
        };
    }

    public static JsonObject Of(ToolResult result)
    {
        var json = new JsonObject();
        foreach (var (name, value) in result)
        {
            json[name] = value switch
            {
                string s => s,
                int i => i,
                long l => l,
                double d => d,
                decimal m => m,
                bool b => b,
                IReadOnlyList<string> list => new JsonArray(list.Select(s => (JsonNode)s!).ToArray()),
                _ => throw new ArgumentOutOfRangeException(nameof(result), value.GetType().Name, $"No JSON form for tool fact '{name}'."),
            };
        }

        return json;
    }
}
