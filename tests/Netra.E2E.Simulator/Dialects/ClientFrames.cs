using System.Text.Json;

namespace Netra.E2E.Simulator.Dialects;

/// <summary>A client frame after decoding: a request, a decode error to answer, or nothing to answer.</summary>
public abstract record ClientFrame;

public abstract record ClientRequest(string? MessageId) : ClientFrame;

public sealed record PingRequest(string? MessageId) : ClientRequest(MessageId);

/// <summary>A client's keep-alive, answered with an acknowledgement.</summary>
public sealed record HeartbeatRequest(string? MessageId = null) : ClientRequest(MessageId);

/// <param name="AgentName">The agent the client named; null when it named none or the server does not read the name.</param>
/// <param name="Parameters">The request's parameter object, read for figures such as a monthly spend.</param>
public sealed record UserMessageRequest(string RunId, string Content, string? AgentName, string? ThreadId, JsonElement Parameters, string? MessageId = null)
    : ClientRequest(MessageId);

public sealed record StartAgentRequest(string RunId, string? AgentType, string UserRequest, string? ThreadId, JsonElement Parameters, string? MessageId = null)
    : ClientRequest(MessageId);

public sealed record DecodeError(ErrorCode Code, string Message, string? RunId = null) : ClientFrame;

/// <summary>A frame the server drops without a word (some dialects answer bad input with silence).</summary>
public sealed record UnansweredFrame(string Reason) : ClientFrame;

/// <summary>A frame of a type the server does not handle ("unknown" when it named none): acknowledged, not an error.</summary>
public sealed record UnhandledFrame(string ReceivedType) : ClientFrame;
