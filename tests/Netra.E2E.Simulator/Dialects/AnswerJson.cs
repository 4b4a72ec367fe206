using System.Text.Json.Nodes;
using Netra.E2E.Simulator.Agents;

namespace Netra.E2E.Simulator.Dialects;

/// <summary>The JSON of facts every dialect writes the same way: recommendations, metrics (two decimals), tool results.</summary>
public static class AnswerJson
{
    public static JsonArray Recommendations(IEnumerable<Recommendation> recommendations)
    {
        var array = new JsonArray();
        foreach (var r in recommendations)
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

            array.Add(item);
        }

        return array;
    }

    public static JsonObject Metrics(IReadOnlyDictionary<string, double> metrics)
    {
        var json = new JsonObject();
        foreach (var (name, value) in metrics)
        {
            json[name] = Math.Round(value, 2);
        }

        return json;
    }

    public static JsonArray Strings(IEnumerable<string> values) => new(values.Select(s => (JsonNode)s!).ToArray());

    public static JsonObject ToolResult(ToolResult? result)
    {
        var json = new JsonObject();
        foreach (var (name, value) in result ?? [])
        {
            json[name] = value switch
            {
                string s => s,
                int i => i,
                long l => l,
                double d => d,
                decimal m => m,
                bool b => b,
                IReadOnlyList<string> list => Strings(list),
                _ => throw new ArgumentOutOfRangeException(nameof(result), value.GetType().Name, $"No JSON form for tool fact '{name}'."),
            };
        }

        return json;
    }
}
