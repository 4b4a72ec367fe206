using System.Text.Json;
using Netra.E2E.Harness.Wire.Messages;

namespace Netra.E2E.Harness.Wire.Contract;

/// <summary>The contract's required payload fields and their JSON types, per event type of a run.</summary>
internal static class ContractSchema
{
    private enum FieldKind { String, NonEmptyString, Number, Object }

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

    /// <summary>Missing or mistyped fields, the envelope's timestamp and message id included; nothing for types outside a run.</summary>
    public static IReadOnlyList<FieldProblem> Check(ContractEnvelope envelope)
    {
        if (!Required.TryGetValue(envelope.Type, out var fields))
        {
            return [];
        }

        var problems = new List<FieldProblem>();
        foreach (var (name, kind) in fields)
        {
            var value = name == "result" ? ResultOf(envelope.Payload) : Json.Member(envelope.Payload, name);
            if (value is null)
            {
                problems.Add(new(name, "is required but missing"));
            }
            else if (Mismatch(value.Value, kind) is { } problem)
            {
                problems.Add(new(name, $"{problem} (got {value.Value.ValueKind.ToString().ToLowerInvariant()})"));
            }
        }

        if (envelope.Timestamp is null)
        {
            problems.Add(new("timestamp", envelope.TimestampText is null ? "is required but missing" : $"must parse as ISO-8601 (got '{envelope.TimestampText}')"));
        }

        if (envelope.MessageId is null)
        {
            problems.Add(new("message_id", "is required but missing"));
        }

        return problems;
    }

    /// <summary>agent_completed's and tool_completed's result (staging once called it "response").</summary>
    public static JsonElement? ResultOf(JsonElement payload) => Json.Member(payload, "result") ?? Json.Member(payload, "response");

    private static string? Mismatch(JsonElement value, FieldKind kind) => kind switch
    {
        FieldKind.String when value.ValueKind != JsonValueKind.String => "must be a string",
        FieldKind.NonEmptyString when value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()) => "must be a non-empty string",
        FieldKind.Number when value.ValueKind != JsonValueKind.Number => "must be a number",
        FieldKind.Object when value.ValueKind != JsonValueKind.Object => "must be an object",
        _ => null,
    };
}
