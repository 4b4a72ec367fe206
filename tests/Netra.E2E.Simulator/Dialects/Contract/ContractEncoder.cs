using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Netra.E2E.Simulator.Hosting;

namespace Netra.E2E.Simulator.Dialects.Contract;

/// <summary>
/// Writes server messages in the strict envelope: type, payload, timestamp, message_id, then run_id and thread_id at
/// top level when the message belongs to a run (run_id repeated inside the payload).
/// </summary>
public sealed class ContractEncoder(TimeProvider time, IIdSource ids)
{
    // Written by hand on purpose: no JSON writer emits a cut-off object. These are the bytes the fault matrix has always seen.
    private const string CutOffFrame = """{"type": "agent_thinking", "payload": {""";

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false };

    public string Encode(ServerMessage message) => message switch
    {
        TruncatedFrame => CutOffFrame,
        OversizedFrame oversized => Oversized(oversized.ThoughtLength),
        MisnamedEvent misnamed => Misnamed(misnamed.Event with { Timestamp = misnamed.Timestamp ?? misnamed.Event.Timestamp }),
        _ => Envelope(message).ToJsonString(JsonOptions),
    };

    public static string TimestampOf(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private JsonObject Envelope(ServerMessage message)
    {
        var (type, payload) = ContractPayloads.Of(message);
        var frame = new JsonObject
        {
            ["type"] = type,
            ["payload"] = payload,
            ["timestamp"] = TimestampOf(message.Timestamp ?? time.GetUtcNow()),
            ["message_id"] = message.MessageId ?? (message as Pong)?.ReplyTo ?? ids.Next("msg"),
        };
        (string? RunId, string? ThreadId) scope = message switch
        {
            RunEvent e => (e.Run.RunId, e.Run.ThreadId),
            ErrorMessage { Run: { } run } => (run.RunId, run.ThreadId),
            ThreadSnapshot t => (null, t.ThreadId),
            _ => (null, null),
        };
        if (scope.RunId is not null)
        {
            frame["run_id"] = scope.RunId;
            payload["run_id"] ??= scope.RunId;
        }

        if (scope.ThreadId is not null)
        {
            frame["thread_id"] = scope.ThreadId;
        }

        return frame;
    }

    /// <summary>The next client would find a type it does not know: the real name without its last letter.</summary>
    private string Misnamed(RunEvent evt)
    {
        var frame = Envelope(evt);
        var type = frame["type"]!.GetValue<string>();
        frame["type"] = type[..^1];
        return frame.ToJsonString(JsonOptions);
    }

    private static string Oversized(int thoughtLength) => new JsonObject
    {
        ["type"] = EventTypes.AgentThinking,
        ["payload"] = new JsonObject { ["thought"] = new string('x', thoughtLength) },
    }.ToJsonString(JsonOptions);
}
