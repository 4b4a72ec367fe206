using System.Globalization;
using System.Text.Json;

namespace Netra.E2E.Harness.Wire.Staging;

/// <summary>
/// A frame of the deployed backend in whichever of its envelopes it came: the emitter's (fields under "data", details
/// under "data.metadata"), the bridge's (ids at the top, fields under "payload"), or flat (everything at the top). A
/// field is looked up in each of those places, in that order.
/// </summary>
internal sealed class StagingFrame
{
    private readonly JsonElement[] _places;

    private StagingFrame(JsonElement root, string type, string form, JsonElement[] places)
    {
        Root = root;
        Type = type;
        Form = form;
        _places = places;
    }

    public JsonElement Root { get; }
    public string Type { get; }

    /// <summary>"emitter", "bridge" or "flat", for the warnings.</summary>
    public string Form { get; }

    public static StagingFrame? Parse(string raw)
    {
        try
        {
            using var document = JsonDocument.Parse(raw);
            var root = document.RootElement.Clone();
            if (root.ValueKind != JsonValueKind.Object || Json.String(root, "type") is not { } type)
            {
                return null;
            }

            if (Json.Member(root, "data") is { ValueKind: JsonValueKind.Object } data)
            {
                return new StagingFrame(root, type, "emitter", [data, Json.Member(data, "metadata") ?? default, root]);
            }

            return Json.Member(root, "payload") is { ValueKind: JsonValueKind.Object } payload
                ? new StagingFrame(root, type, "bridge", [root, payload, Json.Member(payload, "metadata") ?? default])
                : new StagingFrame(root, type, "flat", [root]);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public JsonElement? Find(string name) =>
        _places.Where(p => p.ValueKind == JsonValueKind.Object).Select(p => Json.Member(p, name)).FirstOrDefault(v => v is not null);

    public string? String(params string[] names) => names.Select(n => Find(n)).FirstOrDefault(v => v is { ValueKind: JsonValueKind.String })?.GetString();

    /// <summary>The first of the names the frame carries, and its value.</summary>
    public (string Name, JsonElement Value)? First(params string[] names) =>
        names.Select(n => (Name: n, Value: Find(n))).Where(f => f.Value is not null).Select(f => ((string, JsonElement)?)(f.Name, f.Value!.Value)).FirstOrDefault();

    /// <summary>The top-level timestamp: epoch seconds as a float, or ISO-8601 with or without a zone (read as UTC).</summary>
    public (DateTimeOffset? Value, string? Text, bool Epoch) Timestamp()
    {
        if (Json.Member(Root, "timestamp") is not { } value)
        {
            return (null, null, false);
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var seconds) && double.IsFinite(seconds) && Math.Abs(seconds) < 1e11)
        {
            return (DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000)), value.GetRawText(), true);
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? (parsed, text, false)
            : (null, text, false);
    }
}
