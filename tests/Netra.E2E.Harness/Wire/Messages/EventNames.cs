namespace Netra.E2E.Harness.Wire.Messages;

/// <summary>The protocol's names of server messages, as the harness sees them after a dialect normalised a frame.</summary>
public static class EventNames
{
    public const string ConnectionEstablished = "connection_established";
    public const string AgentStarted = "agent_started";
    public const string AgentThinking = "agent_thinking";
    public const string ToolExecuting = "tool_executing";
    public const string ToolCompleted = "tool_completed";
    public const string SubagentStarted = "subagent_started";
    public const string SubagentCompleted = "subagent_completed";
    public const string AgentCompleted = "agent_completed";
    public const string Error = "error";
    public const string Pong = "pong";

    /// <summary>A ping the server sends (the deployed backend does, every heartbeat interval); the client answers it.</summary>
    public const string ServerPing = "ping";

    /// <summary>The five events every successful run must carry: the chat UI is built on them.</summary>
    public static readonly IReadOnlyList<string> Mandatory = [AgentStarted, AgentThinking, ToolExecuting, ToolCompleted, AgentCompleted];

    /// <summary>Event types of a run that the contract's ordering rules apply to; others are tolerated and ignored.</summary>
    public static readonly IReadOnlySet<string> RunEvents = new HashSet<string>(StringComparer.Ordinal)
    {
        AgentStarted, AgentThinking, ToolExecuting, ToolCompleted, SubagentStarted, SubagentCompleted, AgentCompleted, Error,
    };
}
