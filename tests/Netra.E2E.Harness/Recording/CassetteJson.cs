using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Netra.E2E.Harness.Recording;

/// <summary>
/// Writes and reads cassettes as diff-friendly JSON: keys in the format's order, 2-space indented, one frame per line,
/// LF line endings and a final newline, no absolute paths and no wall-clock dates of its own.
/// </summary>
public static class CassetteJson
{
    // Readable prose in review: "$11,000" and "→" stay as they are; quotes and control characters are still escaped.
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Cassette cassette)
    {
        var json = new StringBuilder();
        json.Append("{\n");
        json.Append($"  \"format\": {Text(Cassette.Format)},\n");
        json.Append($"  \"test\": {Text(cassette.Test)},\n");
        json.Append($"  \"mode\": {Text(cassette.Mode)},\n");
        json.Append($"  \"backend\": {Text(cassette.Backend)},\n");
        json.Append($"  \"dialect\": {Text(cassette.Dialect)},\n");
        json.Append("  \"sessions\": [");
        for (var i = 0; i < cassette.Sessions.Count; i++)
        {
            json.Append(i == 0 ? "\n" : ",\n");
            Session(json, cassette.Sessions[i]);
        }

        json.Append(cassette.Sessions.Count == 0 ? "]\n" : "\n  ]\n");
        return json.Append("}\n").ToString();
    }

    public static Cassette Read(string text, string source)
    {
        try
        {
            var root = JsonNode.Parse(text)?.AsObject() ?? throw new FormatException("not a JSON object");
            var format = root["format"]?.GetValue<string>();
            if (format != Cassette.Format)
            {
                throw new FormatException($"format '{format}' is not {Cassette.Format}");
            }

            return new Cassette(
                Required(root, "test").GetValue<string>(),
                root["mode"]?.GetValue<string>() ?? "",
                root["backend"]?.GetValue<string>(),
                root["dialect"]?.GetValue<string>(),
                (root["sessions"]?.AsArray() ?? []).Select(s => Session((s ?? throw new FormatException("a session is null")).AsObject())).ToArray());
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"the cassette {source} cannot be read: {ex.Message}", ex);
        }
    }

    private static void Session(StringBuilder json, CassetteSession session)
    {
        var handshake = session.Handshake;
        json.Append("    {\n");
        json.Append($"      \"key\": {Text(session.Key)},\n");
        json.Append($"      \"handshake\": {{ \"status\": {handshake.Status.ToString(CultureInfo.InvariantCulture)}, \"subprotocol\": {Text(handshake.Subprotocol)}");
        json.Append(handshake.Body is null ? " },\n" : $", \"body\": {Text(handshake.Body)} }},\n");
        json.Append(session.Close is { } close
            ? $"      \"close\": {{ \"code\": {(close.Code is { } code ? code.ToString(CultureInfo.InvariantCulture) : "null")}, \"by\": {Text(close.By)} }},\n"
            : "      \"close\": null,\n");
        json.Append("      \"frames\": [");
        for (var i = 0; i < session.Frames.Count; i++)
        {
            json.Append(i == 0 ? "\n" : ",\n").Append("        ").Append(Frame(session.Frames[i]));
        }

        json.Append(session.Frames.Count == 0 ? "]\n" : "\n      ]\n");
        json.Append("    }");
    }

    private static string Frame(CassetteFrame frame)
    {
        var body = frame.Json is { } node ? $"\"json\": {node.ToJsonString(Compact)}" : $"\"text\": {Text(frame.Text)}";
        return $"{{ \"turn\": {frame.Turn.ToString(CultureInfo.InvariantCulture)}, \"direction\": {Text(frame.Direction)}, " +
               $"\"atMs\": {frame.AtMs.ToString(CultureInfo.InvariantCulture)}, {body} }}";
    }

    private static CassetteSession Session(JsonObject session)
    {
        var handshake = Required(session, "handshake").AsObject();
        var close = session["close"] as JsonObject;
        return new CassetteSession(
            Required(session, "key").GetValue<string>(),
            new CassetteHandshake(Required(handshake, "status").GetValue<int>(), handshake["subprotocol"]?.GetValue<string>(), handshake["body"]?.GetValue<string>()),
            close is null ? null : new CassetteClose(close["code"]?.GetValue<int>(), Required(close, "by").GetValue<string>()),
            (session["frames"]?.AsArray() ?? []).Select(f => Frame((f ?? throw new FormatException("a frame is null")).AsObject())).ToArray());
    }

    private static CassetteFrame Frame(JsonObject frame) => new(
        Required(frame, "turn").GetValue<int>(),
        Required(frame, "direction").GetValue<string>(),
        Required(frame, "atMs").GetValue<long>(),
        frame["json"]?.DeepClone(),
        frame["text"]?.GetValue<string>());

    private static JsonNode Required(JsonObject obj, string key) => obj[key] ?? throw new FormatException($"'{key}' is missing");

    private static string Text(string? value) => value is null ? "null" : JsonSerializer.Serialize(value, Compact);
}
