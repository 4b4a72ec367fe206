using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Netra.E2E.Simulator.Hosting;

namespace Netra.E2E.Simulator.Dialects.Staging;

/// <summary>
/// Writes server messages as the deployed backend does: connection-level messages in a {type, data, timestamp,
/// server_id, correlation_id} envelope, acks and errors flat, run events in the emitter or bridge form.
/// </summary>
public sealed class StagingEncoder(TimeProvider time, IIdSource ids, int heartbeatSeconds, int frameLimitBytes)
{
    public const string ServerId = "netra-backend-simulator";
    public const string Environment = "staging";

    // Python's json, which the deployed backend writes with, leaves + ' < as they are (no \u002B, \u0027, \u003C).
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Written by hand on purpose: no JSON writer emits a cut-off object.
    private const string CutOffFrame = """{"type": "agent_thinking", "data": {""";

    public string Encode(ServerMessage message) => message switch
    {
        TruncatedFrame => CutOffFrame,
        OversizedFrame oversized => new JsonObject
        {
            ["type"] = StagingTypes.AgentThinking,
            ["data"] = new JsonObject { ["thought"] = new string('x', oversized.ThoughtLength) },
        }.ToJsonString(Json),
        MisnamedEvent misnamed => Misnamed(misnamed),
        _ => Frame(message, message.Timestamp ?? time.GetUtcNow()).ToJsonString(Json),
    };

    private JsonObject Frame(ServerMessage message, DateTimeOffset at) => message switch
    {
        Welcome w => Connection(StagingTypes.SystemMessage, at, new JsonObject
        {
            ["event"] = StagingTypes.ConnectionEstablished,
            ["connection_id"] = w.ConnectionId,
            ["user_id"] = w.UserId,
            ["server_time"] = StagingClock.OffsetIso(w.ServerTime),
            ["connection_ready"] = true,
            ["environment"] = Environment,
            ["startup_complete"] = true,
            ["config"] = new JsonObject { ["heartbeat_interval"] = heartbeatSeconds, ["max_message_size"] = frameLimitBytes },
            ["factory_pattern_enabled"] = true,
        }),
        ServerPing => Connection(StagingTypes.Ping, at, new JsonObject { ["timestamp"] = StagingClock.Epoch(at) }),
        Pong p => Connection(StagingTypes.Pong, at, new JsonObject { ["timestamp"] = StagingClock.Epoch(at), ["user_id"] = p.UserId }),
        HeartbeatAck => Connection(StagingTypes.HeartbeatAck, at, new JsonObject { ["timestamp"] = StagingClock.Epoch(at), ["status"] = "healthy" }),
        Acknowledgement a => new JsonObject
        {
            ["type"] = StagingTypes.Ack,
            ["received_type"] = a.ReceivedType,
            ["timestamp"] = StagingClock.Epoch(at),
            ["user_id"] = a.UserId,
            ["status"] = "acknowledged",
        },
        ErrorMessage { Run: { } run } e => StagingRunEvents.AgentError(e, run, at),
        ErrorMessage e => Error(StagingErrorCodes.Of(e.Code), e.Message, [], at),
        AuthenticationFailed a => Error(StagingErrorCodes.Of(a.Problem), "WebSocket authentication failed", AuthDetails(a), at),
        ThreadSnapshot t => Connection(StagingTypes.StatusUpdate, at, ThreadSnapshotJson.Data(t)),
        RunEvent e => StagingRunEvents.Of(e, at),
        _ => throw new ArgumentOutOfRangeException(nameof(message), message.GetType().Name, "The staging dialect has no frame for this message."),
    };

    private JsonObject Connection(string type, DateTimeOffset at, JsonObject data) => new()
    {
        ["type"] = type,
        ["data"] = data,
        ["timestamp"] = StagingClock.Epoch(at),
        ["server_id"] = ServerId,
        ["correlation_id"] = ids.Next("corr"),
    };

    private static JsonObject Error(string code, string message, JsonObject details, DateTimeOffset at) => new()
    {
        ["type"] = StagingTypes.ErrorMessage,
        ["error_code"] = code,
        ["error_message"] = message,
        ["details"] = details,
        ["timestamp"] = StagingClock.Epoch(at),
        ["recovery_suggestions"] = null,
    };

    private static JsonObject AuthDetails(AuthenticationFailed failed)
    {
        var details = new JsonObject { ["reason"] = failed.Reason, ["environment"] = Environment };
        foreach (var (name, value) in failed.Echo is { } echo ? CredentialEchoJson.Details(echo) : [])
        {
            details[name] = value?.DeepClone();
        }

        return details;
    }

    /// <summary>The next client would find a type it does not know: the real name without its last letter.</summary>
    private string Misnamed(MisnamedEvent misnamed)
    {
        var frame = Frame(misnamed.Event, misnamed.Timestamp ?? misnamed.Event.Timestamp ?? time.GetUtcNow());
        frame["type"] = frame["type"]!.GetValue<string>()[..^1];
        return frame.ToJsonString(Json);
    }
}
