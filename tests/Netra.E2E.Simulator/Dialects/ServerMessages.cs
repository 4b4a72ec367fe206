using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Auth;
using Netra.E2E.Simulator.Wording;

namespace Netra.E2E.Simulator.Dialects;

/// <summary>A message from the server; Timestamp is the dialect's clock when not set.</summary>
public abstract record ServerMessage
{
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The id to write, in dialects that write one; null lets the dialect pick a fresh one.</summary>
    public string? MessageId { get; init; }
}

/// <summary>The run a message belongs to: its id, its thread when known, and the user who asked for it.</summary>
public sealed record RunScope(string RunId, string? ThreadId = null, string? UserId = null);

public sealed record Welcome(string ConnectionId, string UserId, DateTimeOffset ServerTime) : ServerMessage;

/// <param name="ReplyTo">The ping's message id, echoed when it had one.</param>
/// <param name="UserId">Who pinged, for dialects whose pong names the user.</param>
public sealed record Pong(string? ReplyTo, string? UserId = null) : ServerMessage;

/// <summary>A ping the server sends unasked, to keep the connection alive.</summary>
public sealed record ServerPing : ServerMessage;

/// <summary>The answer to a client's heartbeat.</summary>
public sealed record HeartbeatAck : ServerMessage;

/// <summary>A client frame of a type the server does not handle, received and otherwise ignored.</summary>
public sealed record Acknowledgement(string ReceivedType, string UserId) : ServerMessage;

public sealed record ErrorMessage(ErrorCode Code, string Message, RunScope? Run = null) : ServerMessage;

/// <summary>Why a token was refused, for dialects that refuse after the upgrade; names no part of the token unless a fault sets Echo.</summary>
public sealed record AuthenticationFailed(TokenProblem Problem, string Reason) : ServerMessage
{
    public CredentialEcho? Echo { get; init; }
}

/// <summary>What a thread holds, told to a connection beside its run: only a fault sends it (to someone who does not own the thread).</summary>
/// <param name="MonthlySpend">The spend the thread's owner stated (or was told), when the thread knows one.</param>
public sealed record ThreadSnapshot(string ThreadId, string Summary, IReadOnlyList<Recommendation> Recommendations, decimal? MonthlySpend) : ServerMessage;

/// <summary>An event of a run, sent by one agent.</summary>
public abstract record RunEvent(RunScope Run, string AgentName) : ServerMessage
{
    /// <summary>The thread the event names itself: the run's, unless a fault says otherwise; null names none.</summary>
    public string? ThreadId { get; init; } = Run.ThreadId;

    /// <summary>Sent by an agent working inside another agent's run (its lifecycle events are sub-agent events by type).</summary>
    public bool BySubagent { get; init; }
}

public sealed record AgentStarted(RunScope Run, string AgentName) : RunEvent(Run, AgentName);

public sealed record AgentThinking(RunScope Run, string AgentName, string Thought, int StepNumber, int TotalSteps) : RunEvent(Run, AgentName)
{
    /// <summary>Says its total even in a dialect whose thinking events leave it out (the deployed backend's emitter).</summary>
    public bool StatesTotal { get; init; }
}

public sealed record ToolExecuting(RunScope Run, string AgentName, string ToolName, string? Purpose) : RunEvent(Run, AgentName);

public sealed record ToolCompleted(RunScope Run, string AgentName, string ToolName, ToolResult Result) : RunEvent(Run, AgentName);

public sealed record SubagentStarted(RunScope Run, string AgentName, string ParentAgent) : RunEvent(Run, AgentName);

/// <param name="Result">What the sub-agent hands back, when it says.</param>
public sealed record SubagentCompleted(RunScope Run, string AgentName, string ParentAgent, ToolResult? Result = null) : RunEvent(Run, AgentName)
{
    public long DurationMs { get; init; }
}

public sealed record AgentCompleted(RunScope Run, string AgentName, long DurationMs, AgentAnswer Answer, IReadOnlyList<string> ToolsUsed)
    : RunEvent(Run, AgentName);
