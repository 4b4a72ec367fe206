using System.Net.WebSockets;
using System.Text.Json;
using Netra.E2E.Simulator.Connections;
using Netra.E2E.Simulator.Dialects;

namespace Netra.E2E.Simulator.Faults;

/// <summary>AliveButNeverRuns: the connection is healthy (welcome, pongs, heartbeat) but a request gets no frame back, not even an error.</summary>
public sealed class NeverRuns(IServerDialect inner) : ServerDialectDecorator(inner)
{
    public override ClientFrame Decode(string? frame) => base.Decode(frame) switch
    {
        UserMessageRequest or StartAgentRequest or DecodeError { RunId: not null } =>
            new UnansweredFrame($"{nameof(SimulatorFault.AliveButNeverRuns)}: requests are read and never run"),
        var other => other,
    };
}

/// <summary>GreetsThenSilent (after the greeting) and NeverGreets (from the start): nothing more is ever sent; the socket stays open.</summary>
public sealed class SilentConnection(IServerDialect inner, bool greets) : ServerDialectDecorator(inner)
{
    public override IReadOnlyList<ServerMessage> Greeting(string connectionId, string userId) => greets ? base.Greeting(connectionId, userId) : [];

    public override ServerHeartbeat? Heartbeat => null;

    public override ClientFrame Decode(string? frame) => new UnansweredFrame("the server has stopped reading");
}

/// <summary>InternalErrorForBadInput, at decoding: a frame that is not JSON gets INTERNAL_ERROR instead of the protocol's error.</summary>
public sealed class InternalErrorForUnreadableFrames(IServerDialect inner) : ServerDialectDecorator(inner)
{
    public const string Message = "Internal server error while processing the message";

    public override ClientFrame Decode(string? frame)
    {
        var decoded = base.Decode(frame);
        return decoded is DecodeError { Code: ErrorCode.InvalidMessage } error && !IsJson(frame) ? new DecodeError(ErrorCode.InternalError, Message, error.RunId) : decoded;
    }

    private static bool IsJson(string? frame)
    {
        if (frame is null)
        {
            return false;
        }

        try
        {
            using var _ = JsonDocument.Parse(frame);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

/// <summary>FailEveryConnection: the last build of September 2025 fails each connection at once (a RecursionError), then closes 1011.</summary>
public static class FailingConnection
{
    public const string Message = "maximum recursion depth exceeded";
    public const string CloseDescription = "Internal error";

    public static IConnectionHandler Handler(ChatConnection connection, IServerDialect dialect) => new RefusingHandler(
        connection, dialect.Encode(new ErrorMessage(ErrorCode.ConnectionError, Message)), WebSocketCloseStatus.InternalServerError, CloseDescription);
}
