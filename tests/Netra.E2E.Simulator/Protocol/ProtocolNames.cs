namespace Netra.E2E.Simulator.Protocol;

public static class EventTypes
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
}

public static class ClientMessageTypes
{
    public const string UserMessage = "user_message";
    public const string StartAgent = "start_agent";
    public const string Ping = "ping";
}

public static class ErrorCodes
{
    public const string InvalidMessage = "INVALID_MESSAGE";
    public const string UnknownMessageType = "UNKNOWN_MESSAGE_TYPE";
    public const string AgentNotFound = "AGENT_NOT_FOUND";
    public const string MessageTooLarge = "MESSAGE_TOO_LARGE";
    public const string ThreadAccessDenied = "THREAD_ACCESS_DENIED";
}
