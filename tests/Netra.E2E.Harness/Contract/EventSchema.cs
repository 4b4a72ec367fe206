using System.Text.Json;
using Netra.E2E.Harness.Session;

namespace Netra.E2E.Harness.Contract;

/// <summary>Required payload fields and their JSON types, per event type of the protocol.</summary>
public static class EventSchema
{
    public enum FieldKind { String, NonEmptyString, Number, Object }

    private static readonly Dictionary<string, (string Name, FieldKind Kind)[]> Required = new(StringComparer.Ordinal)
    {
        [EventNames.AgentStarted] = [("agent_name", FieldKind.NonEmptyString)],
        [EventNames.AgentThinking] = [("agent_name", FieldKind.NonEmptyString), ("thought", FieldKind.NonEmptyString), ("step_number", FieldKind.Number), ("total_steps", FieldKind.Number)],
        [EventNames.ToolExecuting] = [("agent_name", FieldKind.NonEmptyString), ("tool_name", FieldKind.NonEmptyString)],
        [EventNames.ToolCompleted] = [("agent_name", FieldKind.NonEmptyString), ("tool_name", FieldKind.NonEmptyString), ("result", FieldKind.Object)],
        [EventNames.SubagentStarted] = [("agent_name", FieldKind.NonEmptyString), ("parent_agent", FieldKind.NonEmptyString)],
        [EventNames.SubagentCompleted] = [("agent_name", FieldKind.NonEmptyString), ("parent_agent", FieldKind.NonEmptyString)],
        [EventNames.AgentCompleted] = [("agent_name", FieldKind.NonEmptyString), ("duration_ms", FieldKind.Number), ("result", FieldKind.Object)],
        [EventNames.Error] = [("code", FieldKind.NonEmptyString), ("message", FieldKind.String)],
    };

    /// <summary>Types whose run and thread ids are required (run_id and thread_id may be top-level or in the payload).</summary>
    public static bool NeedsThreadId(string type) => type is EventNames.AgentStarted or EventNames.AgentCompleted;

    public static bool IsKnown(string type) => Required.ContainsKey(type);

    public static IEnumerable<(string Field, string Rule)> Check(NetraEvent e)
    {
        if (!Required.TryGetValue(e.Type, out var fields))
        {
            yield break;
        }

        foreach (var (name, kind) in fields)
        {
            var value = name == "result" ? e.Result : e.Property(name);
            if (value is null)
            {
                yield return (name, "is required but missing");
                continue;
            }

            var problem = kind switch
            {
                FieldKind.String when value.Value.ValueKind != JsonValueKind.String => "must be a string",
                FieldKind.NonEmptyString when value.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.Value.GetString()) => "must be a non-empty string",
                FieldKind.Number when value.Value.ValueKind != JsonValueKind.Number => "must be a number",
                FieldKind.Object when value.Value.ValueKind != JsonValueKind.Object => "must be an object",
                _ => null,
            };
            if (problem is not null)
            {
                yield return (name, $"{problem} (got {value.Value.ValueKind.ToString().ToLowerInvariant()})");
            }
        }
    }
}
