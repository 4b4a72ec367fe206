using System.Globalization;
using System.Text.Json;

namespace Netra.E2E.Harness.Wire.Contract;

/// <summary>
/// The envelope of a server frame in the contract's form: type, payload, timestamp, message id, run and thread ids. It
/// also reads the loose forms the protocol tolerates (flat events, "data" for "payload", "event" for "type", epoch
/// timestamps, "response" for "result") and notes each, so the run summary can list them as warnings.
/// </summary>
internal sealed record ContractEnvelope(
    string Type,
    JsonElement Payload,
    DateTimeOffset? Timestamp,
    string? TimestampText,
    string? MessageId,
    string? RunId,
    IReadOnlyList<string> ThreadIds,
    IReadOnlyList<string> Notes)
{
    /// <summary>The envelope, or why the frame has none.</summary>
    public static (ContractEnvelope? Envelope, string? Malformed) Read(string raw)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(raw);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            return (null, $"not valid JSON: {ex.Message}");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, "not a JSON object");
        }

        var notes = new List<string>();
        var type = Json.String(root, "type");
        if (type is null && Json.String(root, "event") is { } eventName)
        {
            type = eventName;
            notes.Add("\"event\" instead of \"type\"");
        }

        if (type is null)
        {
            return (null, "no string \"type\"");
        }

        var payload = PayloadOf(root, notes);
        var (timestamp, timestampText) = TimestampOf(root, notes);
        if (!payload.TryGetProperty("result", out _) && payload.TryGetProperty("response", out _))
        {
            notes.Add("\"response\" instead of \"result\"");
        }

        var threadIds = new[] { Json.String(root, "thread_id"), Json.String(payload, "thread_id") }.OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var runId = Json.String(root, "run_id") ?? Json.String(payload, "run_id");
        return (new ContractEnvelope(type, payload, timestamp, timestampText, Json.String(root, "message_id"), runId, threadIds, notes), null);
    }

    private static JsonElement PayloadOf(JsonElement root, List<string> notes)
    {
        if (root.TryGetProperty("payload", out var payload) && payload.ValueKind == JsonValueKind.Object)
        {
            return payload;
        }

        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            notes.Add("\"data\" instead of \"payload\"");
            return data;
        }

        notes.Add("flat event without \"payload\"");
        return root;
    }

    // The range DateTimeOffset can hold; a number outside it (1e300, say) is a timestamp that does not parse.
    private static readonly double MinEpochMs = DateTimeOffset.MinValue.ToUnixTimeMilliseconds();
    private static readonly double MaxEpochMs = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    private static (DateTimeOffset?, string?) TimestampOf(JsonElement root, List<string> notes)
    {
        if (!root.TryGetProperty("timestamp", out var value))
        {
            return (null, null);
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var epoch))
        {
            notes.Add("numeric epoch timestamp");
            var ms = epoch > 1e11 ? epoch : epoch * 1000;
            return ms >= MinEpochMs && ms <= MaxEpochMs
                ? (DateTimeOffset.FromUnixTimeMilliseconds((long)ms), value.GetRawText())
                : (null, value.GetRawText());
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? (parsed, text)
            : (null, text);
    }
}
