using Netra.E2E.Harness.Wire.Contract;
using Netra.E2E.Harness.Wire.Messages;

namespace Netra.E2E.Harness.Wire.Staging;

/// <summary>
/// The backend as deployed (netra-protocol.md section 8): its welcome, pings, acks and error_message; agent events in
/// the emitter's, the bridge's or the flat envelope with each emitter's payload names; no message ids; its own run ids.
/// Every form other than the contract's is read into the contract's terms and noted, so the run summary can count it.
/// </summary>
public sealed class StagingDialect(TimeProvider? time = null, Func<string>? newMessageId = null) : IWireDialect
{
    private static readonly HashSet<string> ConnectionTypes = ["system_message", "connection_established", "ping", "heartbeat", "pong", "heartbeat_ack", "ack", "error_message", "error", "agent_error"];
    private readonly ContractDialect _requests = new(time, newMessageId);

    public string Name => "staging";

    /// <summary>Whether a frame is in one of this dialect's own forms, before a session knows which dialect it speaks.</summary>
    public static bool Recognises(string frame) => StagingFrame.Parse(frame) is { } f && (f.Form == "emitter" || f.Type is "system_message" or "error_message" or "ack" or "heartbeat" or "agent_error");

    public NetraEvent Read(string frame, TimeSpan receivedAt)
    {
        if (StagingFrame.Parse(frame) is not { } f)
        {
            return NetraEvent.Unreadable(frame, receivedAt, "not a JSON object with a string \"type\"");
        }

        var read = Envelope(f, frame, receivedAt);
        return (ConnectionTypes.Contains(f.Type) ? StagingConnectionMessages.Read(f, read) : StagingRunEvents.Read(f, read)) ?? read;
    }

    public string Write(ClientRequest request) => _requests.Write(request);

    public string? ReplyTo(NetraEvent e) => e.Type == EventNames.ServerPing ? Write(new PongReply()) : null;

    public bool IsGreeting(NetraEvent e) => e.Type == EventNames.ConnectionEstablished;

    /// <summary>Its pong does not carry the ping's id: the next pong after a ping answers it.</summary>
    public bool IsPongTo(NetraEvent e, string pingMessageId) => e.Type == EventNames.Pong && (e.MessageId is null || e.MessageId == pingMessageId);

    public IRunCorrelation Correlate(string clientRunId, string userId) => new StagingRunCorrelation(clientRunId, userId);

    private static NetraEvent Envelope(StagingFrame f, string frame, TimeSpan receivedAt)
    {
        var notes = new List<string>();
        var problems = new List<FieldProblem>();
        if (f.Form != "bridge" || f.Type is not ("pong" or "connection_established"))
        {
            notes.Add($"{f.Form} envelope");
        }

        var (timestamp, text, epoch) = f.Timestamp();
        if (timestamp is null)
        {
            problems.Add(new("timestamp", text is null ? "is required but missing" : $"must parse as a time (got '{text}')"));
        }
        else if (epoch)
        {
            notes.Add("numeric epoch timestamp");
        }
        else if (text is not null && !HasZone(text))
        {
            notes.Add("ISO timestamp without a zone (read as UTC)");
        }

        var messageId = Json.String(f.Root, "message_id");
        if (messageId is null && f.Type != "pong")
        {
            notes.Add("no message_id");
        }

        return new NetraEvent
        {
            Type = f.Type,
            RunId = f.String("run_id"),
            ThreadIds = ThreadIdsOf(f),
            MessageId = messageId,
            UserId = f.String("user_id") ?? (Json.Member(f.Root, "user_context") is { } context ? Json.String(context, "user_id") : null),
            Timestamp = timestamp,
            Raw = frame,
            ReceivedAt = receivedAt,
            Notes = notes,
            Problems = problems,
        };
    }

    private static IReadOnlyList<string> ThreadIdsOf(StagingFrame f) =>
        new[] { Json.String(f.Root, "thread_id"), f.Find("thread_id") is { ValueKind: System.Text.Json.JsonValueKind.String } t ? t.GetString() : null }
            .OfType<string>().Distinct(StringComparer.Ordinal).ToArray();

    private static bool HasZone(string text) => text.EndsWith('Z') || text.Length > 19 && text[19..].Contains('+') || System.Text.RegularExpressions.Regex.IsMatch(text, @"[+-]\d\d:\d\d$");
}
