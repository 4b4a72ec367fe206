using System.Text.Json.Nodes;
using Netra.E2E.Simulator.Auth;

namespace Netra.E2E.Simulator.Dialects;

/// <summary>
/// The one place that knows the wire form: client frames in, typed requests out; typed server messages in, frame
/// text out; and how that server greets, keeps connections alive, refuses tokens and reports its health. Everything
/// above it (routing, runs, agents, faults) works with typed messages and the server's declared conduct only.
/// </summary>
public interface IServerDialect
{
    /// <param name="frame">The frame's text, or null when it was binary or not valid UTF-8.</param>
    ClientFrame Decode(string? frame);

    string Encode(ServerMessage message);

    /// <summary>What the server sends as soon as a connection is open.</summary>
    IReadOnlyList<ServerMessage> Greeting(string connectionId, string userId);

    /// <summary>What the server sends unasked while a connection is open, or null for nothing.</summary>
    ServerHeartbeat? Heartbeat { get; }

    /// <summary>How this server treats connections and requests, beyond the form of its frames.</summary>
    ServerConduct Conduct { get; }

    /// <summary>The WebSocket subprotocol the handshake selects from those the client offered, or null for none.</summary>
    string? SelectSubprotocol(IReadOnlyList<string> offered);

    /// <summary>How a token is refused: an HTTP status before the upgrade, or a message and a close after it.</summary>
    /// <param name="echo">What the refusal repeats of the credential; null (always, without faults) for nothing.</param>
    HandshakeRefusal Refuse(TokenProblem problem, string reason, CredentialEcho? echo);

    /// <summary>The JSON body of GET /health reporting this status.</summary>
    JsonObject HealthBody(string status);
}

public sealed record ServerHeartbeat(TimeSpan Interval, Func<ServerMessage> Next);
