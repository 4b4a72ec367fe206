using System.Text.Json;

namespace Netra.E2E.Simulator.Replay;

/// <summary>A cassette that cannot be replayed; the message says why, without the file's name (the caller adds it).</summary>
public sealed class InvalidCassetteException(string problem) : Exception(problem);

/// <summary>
/// Reads one cassette file and checks what the replay relies on: the format, every session's handshake and close,
/// and that frames form turns as the format defines them. Fields it does not use (test, mode, backend, dialect) are
/// not checked, so the recorder may add to them.
/// </summary>
public static class CassetteFile
{
    public const string Format = "netra-e2e-cassette/1";

    public static Cassette Read(string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException ex)
        {
            throw new InvalidCassetteException($"is not valid JSON{Where(ex)}: {Reason(ex)}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidCassetteException($"is not a {Format} cassette: its top level is {Kind(root)}, not an object");
            }

            var format = root.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
            if (format != Format)
            {
                throw new InvalidCassetteException(
                    format is null ? $"is not a {Format} cassette: it has no \"format\"" : $"is not a {Format} cassette: its format is \"{format}\"");
            }

            return new Cassette(Sessions(Array(root, "sessions", "")));
        }
    }

    private static IReadOnlyList<RecordedSession> Sessions(JsonElement sessions)
    {
        var read = new List<RecordedSession>();
        var index = 0;
        foreach (var element in sessions.EnumerateArray())
        {
            var path = $"sessions[{index++}]";
            var session = Session(Object(element, path), path);
            if (read.Any(s => s.Key == session.Key))
            {
                throw Invalid($"two sessions have the key \"{session.Key}\"");
            }

            read.Add(session);
        }

        return read;
    }

    private static RecordedSession Session(JsonElement session, string path)
    {
        var key = String(session, "key", path) is { Length: > 0 } k ? k : throw Invalid($"{path}.key must be a non-empty string");
        var handshake = Object(Required(session, "handshake", path), $"{path}.handshake");
        var status = Int(handshake, "status", $"{path}.handshake", 100, 599);
        var frames = Array(session, "frames", path);
        if (status != 101 && frames.GetArrayLength() > 0)
        {
            throw Invalid($"{path} (\"{key}\") was refused with {status} but has frames");
        }

        return new RecordedSession(
            key,
            status,
            OptionalString(handshake, "body", $"{path}.handshake"),
            OptionalString(handshake, "subprotocol", $"{path}.handshake"),
            Close(session, path),
            Turns(frames, $"{path}.frames"));
    }

    private static RecordedClose? Close(JsonElement session, string path)
    {
        if (!session.TryGetProperty("close", out var close) || close.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        path += ".close";
        Object(close, path);
        int? code = close.TryGetProperty("code", out var c) && c.ValueKind != JsonValueKind.Null ? Int(close, "code", path, 1000, 4999) : null;
        return String(close, "by", path) switch
        {
            "server" => new RecordedClose(code, ByServer: true),
            "client" => new RecordedClose(code, ByServer: false),
            var by => throw Invalid($"{path}.by must be \"server\" or \"client\", not \"{by}\""),
        };
    }

    private static IReadOnlyList<RecordedTurn> Turns(JsonElement frames, string path)
    {
        var turns = new List<(RecordedFrame? Out, List<RecordedFrame> In)> { (null, []) };
        var index = 0;
        foreach (var element in frames.EnumerateArray())
        {
            var at = $"{path}[{index++}]";
            Object(element, at);
            var turn = Int(element, "turn", at, 0, int.MaxValue);
            var direction = String(element, "direction", at);
            var frame = new RecordedFrame(Int(element, "atMs", at, 0, int.MaxValue), Json(element), Text(element, at));
            if (frame.Json is null == frame.Text is null)
            {
                throw Invalid($"{at} must hold exactly one of \"json\" and \"text\"");
            }

            switch (direction)
            {
                case "out" when turn == turns.Count:
                    turns.Add((frame, []));
                    break;
                case "out":
                    throw Invalid($"{at} is a client frame of turn {turn}; the next turn is {turns.Count}");
                case "in" when turn == turns.Count - 1:
                    turns[^1].In.Add(frame);
                    break;
                case "in":
                    throw Invalid($"{at} is received in turn {turn}, but the client frame before it began turn {turns.Count - 1}");
                default:
                    throw Invalid($"{at}.direction must be \"in\" or \"out\", not \"{direction}\"");
            }
        }

        return turns.Select(t => new RecordedTurn(t.Out, t.In)).ToArray();
    }

    private static JsonElement? Json(JsonElement frame) => frame.TryGetProperty("json", out var json) ? json.Clone() : null;

    private static string? Text(JsonElement frame, string path) =>
        frame.TryGetProperty("text", out var text) ? text.ValueKind == JsonValueKind.String ? text.GetString() : throw Invalid($"{path}.text must be a string") : null;

    private static JsonElement Required(JsonElement parent, string name, string path) =>
        parent.TryGetProperty(name, out var value) ? value : throw Invalid($"{Join(path, name)} is missing");

    private static JsonElement Object(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.Object ? element : throw Invalid($"{path} must be an object, not {Kind(element)}");

    private static JsonElement Array(JsonElement parent, string name, string path) =>
        Required(parent, name, path) is { ValueKind: JsonValueKind.Array } array ? array : throw Invalid($"{Join(path, name)} must be an array");

    private static string String(JsonElement parent, string name, string path) =>
        Required(parent, name, path) is { ValueKind: JsonValueKind.String } value ? value.GetString()! : throw Invalid($"{Join(path, name)} must be a string");

    private static string? OptionalString(JsonElement parent, string name, string path) =>
        !parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString() : throw Invalid($"{Join(path, name)} must be a string or null");

    private static int Int(JsonElement parent, string name, string path, int minimum, int maximum) =>
        Required(parent, name, path) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var number) && number >= minimum && number <= maximum
            ? number
            : throw Invalid($"{Join(path, name)} must be a whole number " + (maximum == int.MaxValue ? $"of at least {minimum}" : $"from {minimum} to {maximum}"));

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string Kind(JsonElement element) => element.ValueKind.ToString().ToLowerInvariant();

    private static InvalidCassetteException Invalid(string problem) => new($"is not a valid {Format} cassette: {problem}");

    private static string Where(JsonException ex) =>
        ex.LineNumber is { } line ? $" at line {line + 1}, byte {ex.BytePositionInLine + 1}" : "";

    /// <summary>The parser's message without the position it appends (given once, counted from 1, by <see cref="Where"/>).</summary>
    private static string Reason(JsonException ex)
    {
        var cut = ex.Message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut < 0 ? ex.Message : ex.Message[..cut]).TrimEnd(' ', '.', '|').TrimEnd();
    }
}
