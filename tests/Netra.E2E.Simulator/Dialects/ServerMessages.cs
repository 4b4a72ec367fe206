using Netra.E2E.Simulator.Agents;

namespace Netra.E2E.Simulator.Dialects;

/// <summary>A message from the server; Timestamp is the dialect's clock when not set.</summary>
public abstract record ServerMessage
{
    public DateTimeOffset? Timestamp { get; init; }
}

/// <summary>The run (and its thread, when known) a message belongs to.</summary>
public sealed record RunScope(string RunId, string? ThreadId = null);

public sealed record Welcome(string ConnectionId, string UserId, DateTimeOffset ServerTime) : ServerMessage;

/// <param name="ReplyTo">The ping's message id, echoed when it had one.</param>
public sealed record Pong(string? ReplyTo) : ServerMessage;

public sealed record ErrorMessage(ErrorCode Code, string Message, RunScope? Run = null) : ServerMessage;

/// <summary>An event of a run, sent by one agent.</summary>
public abstract record RunEvent(RunScope Run, string AgentName) : ServerMessage
{
    /// <summary>The thread the event names itself: the run's, unless a fault says otherwise; null names none.</summary>
    public string? ThreadId { get; init; } = Run.ThreadId;
}

public sealed record AgentStarted(RunScope Run, string AgentName) : RunEvent(Run, AgentName);

public sealed record AgentThinking(RunScope Run, string AgentName, string Thought, int StepNumber, int TotalSteps) : RunEvent(Run, AgentName);

public sealed record ToolExecuting(RunScope Run, string AgentName, string ToolName, string? Purpose) : RunEvent(Run, AgentName);

public sealed record ToolCompleted(RunScope Run, string AgentName, string ToolName, ToolResult Result) : RunEvent(Run, AgentName);

public sealed record SubagentStarted(RunScope Run, string AgentName, string ParentAgent) : RunEvent(Run, AgentName);

public sealed record SubagentCompleted(RunScope Run, string AgentName, string ParentAgent) : RunEvent(Run, AgentName);

public sealed record AgentCompleted(RunScope Run, string AgentName, long DurationMs, AgentAnswer Answer, IReadOnlyList<string> ToolsUsed)
    : RunEvent(Run, AgentName);
