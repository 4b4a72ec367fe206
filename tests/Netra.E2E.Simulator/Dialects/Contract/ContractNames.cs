namespace Netra.E2E.Simulator.Dialects.Contract;

/// <summary>The contract's type names, server to client.</summary>
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
    public const string StatusUpdate = "status_update";
}

/// <summary>The contract's type names, client to server.</summary>
public static class ClientMessageTypes
{
    public const string UserMessage = "user_message";
    public const string StartAgent = "start_agent";
    public const string Ping = "ping";
}

/// <summary>The contract's error codes.</summary>
public static class ErrorCodes
{
    public const string InvalidMessage = "INVALID_MESSAGE";
    public const string UnknownMessageType = "UNKNOWN_MESSAGE_TYPE";
    public const string AgentNotFound = "AGENT_NOT_FOUND";
    public const string MessageTooLarge = "MESSAGE_TOO_LARGE";
    public const string ThreadAccessDenied = "THREAD_ACCESS_DENIED";
    public const string InternalError = "INTERNAL_ERROR";
    public const string ConnectionError = "CONNECTION_ERROR";

    public static string Of(ErrorCode code) => code switch
    {
        ErrorCode.InvalidMessage => InvalidMessage,
        ErrorCode.UnknownMessageType => UnknownMessageType,
        ErrorCode.AgentNotFound => AgentNotFound,
        ErrorCode.MessageTooLarge => MessageTooLarge,
        ErrorCode.ThreadAccessDenied => ThreadAccessDenied,
        ErrorCode.InternalError => InternalError,
        ErrorCode.ConnectionError => ConnectionError,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "No contract name for this error."),
    };
}
