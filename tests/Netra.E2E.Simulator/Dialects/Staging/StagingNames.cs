using Netra.E2E.Simulator.Auth;

namespace Netra.E2E.Simulator.Dialects.Staging;

/// <summary>The deployed backend's type names, server to client (netra-protocol.md section 8).</summary>
public static class StagingTypes
{
    public const string SystemMessage = "system_message";
    public const string ConnectionEstablished = "connection_established";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string HeartbeatAck = "heartbeat_ack";
    public const string Ack = "ack";
    public const string ErrorMessage = "error_message";
    public const string AgentStarted = "agent_started";
    public const string AgentThinking = "agent_thinking";
    public const string ToolExecuting = "tool_executing";
    public const string ToolCompleted = "tool_completed";
    public const string AgentCompleted = "agent_completed";
    public const string AgentError = "agent_error";
    public const string StatusUpdate = "status_update";
}

/// <summary>The client types the deployed backend handles; any other is acknowledged.</summary>
public static class StagingClientTypes
{
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Heartbeat = "heartbeat";
    public const string UserMessage = "user_message";
    public const string Chat = "chat";
    public const string StartAgent = "start_agent";

    /// <summary>What an ack names as the received type of a frame that had none.</summary>
    public const string Unknown = "unknown";
}

/// <summary>The deployed backend's error codes.</summary>
public static class StagingErrorCodes
{
    public static string Of(ErrorCode code) => code switch
    {
        ErrorCode.InvalidMessage => "FORMAT_ERROR",
        ErrorCode.UnknownMessageType => "UNKNOWN_MESSAGE_TYPE",
        ErrorCode.AgentNotFound => "AGENT_NOT_FOUND",
        ErrorCode.MessageTooLarge => "MESSAGE_TOO_LARGE",
        ErrorCode.ThreadAccessDenied => "THREAD_ACCESS_DENIED",
        ErrorCode.InternalError => "INTERNAL_ERROR",
        ErrorCode.ConnectionError => "CONNECTION_ERROR",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "No staging name for this error."),
    };

    public static string Of(TokenProblem problem) => problem switch
    {
        TokenProblem.Missing => "NO_TOKEN",
        TokenProblem.Malformed => "INVALID_FORMAT",
        _ => "VALIDATION_FAILED",
    };
}
