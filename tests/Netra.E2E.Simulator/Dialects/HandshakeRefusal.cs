using System.Net.WebSockets;

namespace Netra.E2E.Simulator.Dialects;

/// <summary>How the server turns a refused token away.</summary>
public abstract record HandshakeRefusal;

/// <summary>Before the upgrade, with this HTTP status.</summary>
public sealed record StatusRefusal(int StatusCode) : HandshakeRefusal;

/// <summary>After an accepted upgrade: this message, then a close with this status and description.</summary>
public sealed record ClosingRefusal(ServerMessage Message, WebSocketCloseStatus Status, string Description) : HandshakeRefusal;
