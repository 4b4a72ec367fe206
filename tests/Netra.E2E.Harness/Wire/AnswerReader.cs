using System.Text.Json;
using Netra.E2E.Harness.Wire.Messages;

namespace Netra.E2E.Harness.Wire;

/// <summary>
/// Reads an agent's result: the prose, recommendations, metrics and tools used. The
/// prose is "content" in the contract; the deployed backend also writes it as "final_response", "response" or "summary".
/// </summary>
internal static class AnswerReader
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
            return AgentAnswer.None with { Content = text };
        }

        return new AgentAnswer(
            ProseOf(value),
            RecommendationsOf(value),
            MetricsOf(value),
            Json.Member(value, "tools_used") is { ValueKind: JsonValueKind.Array } tools
                ? tools.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToArray()
                : []);
    }

    private static readonly string[] ProseNames = ["content", "final_response", "response", "summary"];

    /// <summary>
    /// The answer's prose. The deployed backend cuts a result's long top-level strings at 1,000 characters; where it
    /// also gives the answer section by section, the sections are the whole prose.
    /// </summary>
    private static string ProseOf(JsonElement result)
    {
        var prose = ProseNames.Select(name => Json.String(result, name)).FirstOrDefault(text => text is not null) ?? "";
        if (Json.Member(result, "sections") is not { ValueKind: JsonValueKind.Array } sections)
        {
            return prose;
        }

        var texts = sections.EnumerateArray()
            .Select(s => s.ValueKind == JsonValueKind.String ? s.GetString() : string.Join("\n", new[] { Json.String(s, "heading"), Json.String(s, "text") }.OfType<string>()))
            .OfType<string>().ToArray();
        return texts.Length == 0 ? prose : string.Join("\n", texts);
    }

    private static IReadOnlyList<Recommendation> RecommendationsOf(JsonElement result) =>
        Json.Member(result, "recommendations") is { ValueKind: JsonValueKind.Array } items
            ? items.EnumerateArray().Select(RecommendationOf).OfType<Recommendation>().ToArray()
            : [];

    /// <summary>A recommendation given as an object, or as a line of text.</summary>
    private static Recommendation? RecommendationOf(JsonElement item) => item.ValueKind switch
    {
        JsonValueKind.Object => new Recommendation(Json.String(item, "title") ?? "", Json.String(item, "detail") ?? Json.String(item, "description") ?? "",
            Json.Decimal(item, "estimated_monthly_savings_usd"), Json.String(item, "priority")),
        JsonValueKind.String => new Recommendation(item.GetString() ?? "", "", null, null),
        _ => null,
    };

    private static IReadOnlyDictionary<string, double> MetricsOf(JsonElement result) =>
        Json.Member(result, "metrics") is { ValueKind: JsonValueKind.Object } metrics
            ? metrics.EnumerateObject().Where(m => m.Value.ValueKind == JsonValueKind.Number).ToDictionary(m => m.Name, m => m.Value.GetDouble(), StringComparer.Ordinal)
            : new Dictionary<string, double>();
}
