using System.Text.Json;

namespace Netra.E2E.Harness.Session;

/// <summary>One server frame, normalised to the strict envelope; ToleranceNotes say which loose form it came in.</summary>
public sealed record NetraEvent
{
    public required string Type { get; init; }
    public required JsonElement Payload { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public string? TimestampText { get; init; }
    public string? RunId { get; init; }
    public string? ThreadId { get; init; }
    public string? MessageId { get; init; }
    public required string Raw { get; init; }

    /// <summary>Time since the session connected when the frame arrived.</summary>
    public TimeSpan ReceivedAt { get; init; }

    public IReadOnlyList<string> ToleranceNotes { get; init; } = [];

    /// <summary>Set when the frame was not a JSON object with a type: the event is a placeholder for the contract check.</summary>
    public string? MalformedReason { get; init; }

    public bool IsMalformed => MalformedReason is not null;

    public string? AgentName => String("agent_name");

    public string? ToolName => String("tool_name");

    public string? String(string name) =>
        Payload.ValueKind == JsonValueKind.Object && Payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public JsonElement? Property(string name) =>
        Payload.ValueKind == JsonValueKind.Object && Payload.TryGetProperty(name, out var value) ? value : null;

    /// <summary>agent_completed's result (staging once called it "response").</summary>
    public JsonElement? Result => Property("result") ?? Property("response");

    public override string ToString() => IsMalformed ? $"malformed frame ({MalformedReason})" : RunId is null ? Type : $"{Type} (run {RunId})";
}
