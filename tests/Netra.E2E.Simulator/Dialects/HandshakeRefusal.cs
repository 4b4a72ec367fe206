using System.Net.WebSockets;
using System.Text.Json.Nodes;

namespace Netra.E2E.Simulator.Dialects;

/// <summary>How the server turns a refused token away.</summary>
public abstract record HandshakeRefusal;

/// <summary>Before the upgrade, with this HTTP status (and, when a dialect says more, this JSON body and these headers).</summary>
public sealed record StatusRefusal(int StatusCode) : HandshakeRefusal
{
    public JsonObject? Body { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}

/// <summary>After an accepted upgrade: this message, then a close with this status and description.</summary>
public sealed record ClosingRefusal(ServerMessage Message, WebSocketCloseStatus Status, string Description) : HandshakeRefusal;
