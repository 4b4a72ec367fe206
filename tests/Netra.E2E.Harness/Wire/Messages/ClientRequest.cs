namespace Netra.E2E.Harness.Wire.Messages;

/// <summary>What the client asks of the server; a dialect writes it as a frame.</summary>
public abstract record ClientRequest;

public sealed record UserMessageRequest(string RunId, string Content, string? Agent, string? ThreadId, IReadOnlyDictionary<string, object?> Parameters) : ClientRequest;

public sealed record StartAgentRequest(string RunId, string AgentType, string UserRequest, IReadOnlyDictionary<string, object?> Parameters) : ClientRequest;

public sealed record PingRequest(string MessageId) : ClientRequest;

/// <summary>The answer to a server's ping.</summary>
public sealed record PongReply : ClientRequest;
