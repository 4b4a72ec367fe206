namespace Netra.E2E.Harness.Wire.Messages;

/// <summary>
/// One server frame as a dialect read it: the protocol's type and fields, typed and normalised. Nothing above the
/// dialect reads the frame itself; <see cref="Notes"/> say which tolerated form it came in, <see cref="Problems"/>
/// which field the dialect found missing or of the wrong kind.
/// </summary>
public sealed record NetraEvent
{
    public required string Type { get; init; }
    public string? RunId { get; init; }

    /// <summary>Every thread id the frame carries (the envelope and the payload may each have one).</summary>
    public IReadOnlyList<string> ThreadIds { get; init; } = [];

    public string? ThreadId => ThreadIds.Count > 0 ? ThreadIds[0] : null;
    public string? MessageId { get; init; }
    public string? UserId { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public string? AgentName { get; init; }
    public string? ParentAgent { get; init; }
    public string? ToolName { get; init; }

    /// <summary>A tool's result as JSON text (or its text when the result is a string).</summary>
    public string? ToolResult { get; init; }

    public string? Thought { get; init; }
    public long? StepNumber { get; init; }
    public long? TotalSteps { get; init; }
    public double? DurationMs { get; init; }

    /// <summary>The business value of agent_completed.</summary>
    public AgentAnswer? Answer { get; init; }

    public string? ErrorCode { get; init; }

    /// <summary>An agent's own error (the deployed backend's agent_error), which ends the run it happens in even without its id.</summary>
    public bool IsAgentError { get; init; }
    public string? ErrorMessage { get; init; }
    public string? ConnectionId { get; init; }

    /// <summary>The frame as it arrived, for scans of what a user could read (leaks, echoed credentials).</summary>
    public required string Raw { get; init; }

    /// <summary>Time since the session connected when the frame arrived.</summary>
    public TimeSpan ReceivedAt { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];
    public IReadOnlyList<FieldProblem> Problems { get; init; } = [];

    /// <summary>Set when the frame was not a JSON object with a type: the event is a placeholder for the contract check.</summary>
    public string? MalformedReason { get; init; }

    public bool IsMalformed => MalformedReason is not null;

    public bool IsTerminal => Type is EventNames.AgentCompleted or EventNames.Error;

    /// <summary>A frame no dialect could read: the contract check reports it as a violation.</summary>
    public static NetraEvent Unreadable(string raw, TimeSpan receivedAt, string reason) =>
        new() { Type = "(malformed)", Raw = raw, ReceivedAt = receivedAt, MalformedReason = reason };

    public override string ToString() => IsMalformed ? $"malformed frame ({MalformedReason})" : RunId is null ? Type : $"{Type} (run {RunId})";
}

/// <summary>A field of a frame that is missing or of the wrong kind, in the wire's own names.</summary>
public sealed record FieldProblem(string Field, string Rule);
