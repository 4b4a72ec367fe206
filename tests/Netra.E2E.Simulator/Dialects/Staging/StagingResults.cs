using System.Globalization;
using System.Text.Json.Nodes;
using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Wording;

namespace Netra.E2E.Simulator.Dialects.Staging;

/// <summary>
/// A run's result as the deployed backend sends it: the prose whole and section by section, recommendations, metrics,
/// tools; top-level strings over 1,000 characters are cut and end in "..." (the sections keep the whole answer).
/// </summary>
public static class StagingResults
{
    public const int MaxTopLevelString = 1000;
    private const string Ellipsis = "...";

    public static JsonObject Of(AgentAnswer answer, IEnumerable<string> toolsUsed, long? executionTimeMs = null)
    {
        var sections = new JsonArray();
        foreach (var section in answer.Sections.Count > 0 ? answer.Sections : [new AnswerSection("Answer", answer.Content)])
        {
            sections.Add(new JsonObject { ["heading"] = section.Heading, ["text"] = section.Text });
        }

        var result = new JsonObject
        {
            ["content"] = Cut(answer.Content),
            ["sections"] = sections,
            ["recommendations"] = AnswerJson.Recommendations(answer.Recommendations),
            ["metrics"] = AnswerJson.Metrics(answer.Metrics),
            ["tools_used"] = AnswerJson.Strings(toolsUsed),
        };
        if (executionTimeMs is { } ms)
        {
            result["execution_time_ms"] = ms;
        }

        return result;
    }

    public static string Cut(string text) => text.Length <= MaxTopLevelString ? text : text[..(MaxTopLevelString - Ellipsis.Length)] + Ellipsis;

    /// <summary>The bridge's one-line account of what a tool found.</summary>
    public static string Summary(string toolName, ToolResult result) =>
        $"{toolName} completed: " + string.Join(", ", result.Select(f => $"{f.Key.Replace('_', ' ')} {Text(f.Value)}"));

    private static string Text(object value) => value switch
    {
        IReadOnlyList<string> list => string.Join("; ", list),
        bool b => b ? "yes" : "no",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
