namespace Netra.E2E.Harness.Session;

/// <summary>Frame types of the Netra protocol, as the harness reads and writes them.</summary>
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

    public const string UserMessage = "user_message";
    public const string StartAgent = "start_agent";
    public const string Ping = "ping";

    /// <summary>The five events every successful run must carry: the chat UI is built on them.</summary>
    public static readonly IReadOnlyList<string> Mandatory = [AgentStarted, AgentThinking, ToolExecuting, ToolCompleted, AgentCompleted];
}
