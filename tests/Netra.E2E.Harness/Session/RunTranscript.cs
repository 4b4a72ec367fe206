using System.Text;
using System.Text.Json;

namespace Netra.E2E.Harness.Session;

/// <summary>Every event of one run, in arrival order, ending with agent_completed or error.</summary>
public sealed class RunTranscript(string runId, IReadOnlyList<NetraEvent> events, TimeSpan timeToFirstEvent, TimeSpan timeToEnd)
{
    public string RunId { get; } = runId;
    public IReadOnlyList<NetraEvent> Events { get; } = events;
    public TimeSpan TimeToFirstEvent { get; } = timeToFirstEvent;
    public TimeSpan TimeToEnd { get; } = timeToEnd;

    public NetraEvent? Completion => Events.LastOrDefault(e => e.Type == EventNames.AgentCompleted);
    public NetraEvent? Error => Events.LastOrDefault(e => e.Type == EventNames.Error);
    public bool Completed => Completion is not null;

    public IReadOnlyList<string> Types => Events.Select(e => e.Type).ToArray();
    public int Count(string type) => Events.Count(e => e.Type == type);
    public IEnumerable<NetraEvent> OfType(string type) => Events.Where(e => e.Type == type);
    public IReadOnlyList<string> AgentNames => Events.Select(e => e.AgentName).OfType<string>().Distinct().ToArray();
    public string? ThreadId => Events.Select(e => e.ThreadId).FirstOrDefault(t => t is not null);

    /// <summary>The answer's prose.</summary>
    public string Content => Completion?.Result is { ValueKind: JsonValueKind.Object } result && result.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String
        ? c.GetString() ?? ""
        : Completion?.Result is { ValueKind: JsonValueKind.String } text ? text.GetString() ?? "" : "";

    /// <summary>All text of the answer: prose, recommendations and metric names, for indicator checks.</summary>
    public string AnswerText
    {
        get
        {
            if (Completion?.Result is not { } result)
            {
                return "";
            }

            var text = new StringBuilder();
            Collect(result, text);
            return text.ToString();
        }
    }

    public IReadOnlyList<JsonElement> Recommendations =>
        Completion?.Result is { ValueKind: JsonValueKind.Object } result && result.TryGetProperty("recommendations", out var r) && r.ValueKind == JsonValueKind.Array
            ? r.EnumerateArray().ToArray()
            : [];

    public double? Metric(string name) =>
        Completion?.Result is { ValueKind: JsonValueKind.Object } result && result.TryGetProperty("metrics", out var m) && m.ValueKind == JsonValueKind.Object &&
        m.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number
            ? v.GetDouble()
            : null;

    public string Describe() => $"run {RunId}: {string.Join(", ", Types)}";

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
