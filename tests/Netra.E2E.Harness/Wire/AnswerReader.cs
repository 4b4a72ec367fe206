using System.Text;
using System.Text.Json;
using Netra.E2E.Harness.Wire.Messages;

namespace Netra.E2E.Harness.Wire.Contract;

/// <summary>Reads agent_completed.result: content, recommendations, metrics, tools used, and all its text for indicator checks.</summary>
internal static class ContractAnswerReader
{
    public static AgentAnswer Read(JsonElement? result)
    {
        if (result is not { } value)
        {
            return AgentAnswer.None;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString() ?? "";
            return AgentAnswer.None with { Content = text, AllText = AllTextOf(value) };
        }

        return new AgentAnswer(
            Json.String(value, "content") ?? "",
            RecommendationsOf(value),
            MetricsOf(value),
            Json.Member(value, "tools_used") is { ValueKind: JsonValueKind.Array } tools
                ? tools.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToArray()
                : [],
            AllTextOf(value));
    }

    private static IReadOnlyList<Recommendation> RecommendationsOf(JsonElement result) =>
        Json.Member(result, "recommendations") is { ValueKind: JsonValueKind.Array } items
            ? items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object).Select(i => new Recommendation(
                Json.String(i, "title") ?? "", Json.String(i, "detail") ?? "", Json.Decimal(i, "estimated_monthly_savings_usd"), Json.String(i, "priority"))).ToArray()
            : [];

    private static IReadOnlyDictionary<string, double> MetricsOf(JsonElement result) =>
        Json.Member(result, "metrics") is { ValueKind: JsonValueKind.Object } metrics
            ? metrics.EnumerateObject().Where(m => m.Value.ValueKind == JsonValueKind.Number).ToDictionary(m => m.Name, m => m.Value.GetDouble(), StringComparer.Ordinal)
            : new Dictionary<string, double>();

    /// <summary>All text of the result: prose, recommendations, metric names and values, tool names.</summary>
    private static string AllTextOf(JsonElement result)
    {
        var text = new StringBuilder();
        Collect(result, text);
        return text.ToString();
    }

    private static void Collect(JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                text.Append(element.GetString()).Append('\n');
                break;
            case JsonValueKind.Number:
                text.Append(element.GetRawText()).Append(' ');
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, text);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind is JsonValueKind.Number)
                    {
                        text.Append(property.Name.Replace('_', ' ')).Append(' ');
                    }

                    Collect(property.Value, text);
                }

                break;
        }
    }
}
