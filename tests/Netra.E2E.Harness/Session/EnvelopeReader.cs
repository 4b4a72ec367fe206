using System.Globalization;
using System.Text.Json;

namespace Netra.E2E.Harness.Session;

/// <summary>
/// Reads a server frame into a NetraEvent. Accepts the loose forms real staging sent (flat events, "data" for
/// "payload", "event" for "type", epoch timestamps) and notes each, so the run summary can list them as warnings.
/// </summary>
public static class EnvelopeReader
{
    public static NetraEvent Read(string raw, TimeSpan receivedAt)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(raw);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            return Malformed(raw, receivedAt, $"not valid JSON: {ex.Message}");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return Malformed(raw, receivedAt, "not a JSON object");
        }

        var notes = new List<string>();
        var type = StringOf(root, "type");
        if (type is null && StringOf(root, "event") is { } eventName)
        {
            type = eventName;
            notes.Add("\"event\" instead of \"type\"");
        }

        if (type is null)
        {
            return Malformed(raw, receivedAt, "no string \"type\"");
        }

        JsonElement payload;
        if (root.TryGetProperty("payload", out var p) && p.ValueKind == JsonValueKind.Object)
        {
            payload = p;
        }
        else if (root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object)
        {
            payload = d;
            notes.Add("\"data\" instead of \"payload\"");
        }
        else
        {
            payload = root;
            notes.Add("flat event without \"payload\"");
        }

        var (timestamp, timestampText) = ReadTimestamp(root, notes);
        if (payload.ValueKind == JsonValueKind.Object && !payload.TryGetProperty("result", out _) && payload.TryGetProperty("response", out _))
        {
            notes.Add("\"response\" instead of \"result\"");
        }

        return new NetraEvent
        {
            Type = type,
            Payload = payload,
            Timestamp = timestamp,
            TimestampText = timestampText,
            RunId = StringOf(root, "run_id") ?? StringOf(payload, "run_id"),
            ThreadId = StringOf(root, "thread_id") ?? StringOf(payload, "thread_id"),
            MessageId = StringOf(root, "message_id"),
            Raw = raw,
            ReceivedAt = receivedAt,
            ToleranceNotes = notes,
        };
    }

    private static (DateTimeOffset?, string?) ReadTimestamp(JsonElement root, List<string> notes)
    {
        if (!root.TryGetProperty("timestamp", out var value))
        {
            return (null, null);
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var epoch))
        {
            notes.Add("numeric epoch timestamp");
            var ms = epoch > 1e11 ? epoch : epoch * 1000;
            return (DateTimeOffset.FromUnixTimeMilliseconds((long)ms), value.GetRawText());
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? (parsed, text)
            : (null, text);
    }

    private static NetraEvent Malformed(string raw, TimeSpan receivedAt, string reason) => new()
    {
        Type = "(malformed)",
        Payload = default,
        Raw = raw,
        ReceivedAt = receivedAt,
        MalformedReason = reason,
    };

    private static string? StringOf(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
