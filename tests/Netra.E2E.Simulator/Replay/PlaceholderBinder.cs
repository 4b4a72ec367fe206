using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Netra.E2E.Simulator.Replay;

/// <summary>
/// One session's placeholder values (cassette-format.md, "Replay substitution"): bound from the client's live frames,
/// first binding wins; an unbound placeholder gets its stand-in, which is then kept as its value, so that a later
/// binding cannot change what the client has already been sent.
/// </summary>
public sealed partial class PlaceholderBinder
{
    private const string Redacted = "replay-redacted";
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    [GeneratedRegex(@"\{\{([A-Za-z_]+)(?::([0-9]+))?\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    /// <summary>Binds the placeholders that the recorded client frame holds as whole strings to the live frame's strings at the same paths.</summary>
    public void Bind(RecordedFrame recorded, string live)
    {
        if (recorded.Json is not { } json)
        {
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(live);
        }
        catch (JsonException)
        {
            return;
        }

        using (document)
        {
            Bind(json, document.RootElement);
        }
    }

    /// <summary>The text with every placeholder replaced by its value.</summary>
    public string Substitute(string text) => text.Contains("{{", StringComparison.Ordinal) ? Placeholder().Replace(text, ValueOf) : text;

    /// <summary>Whether a live value has the recorded value's form, each placeholder standing for any non-empty text.</summary>
    public static bool Fits(string recorded, string live)
    {
        var pattern = new StringBuilder("^");
        var literalFrom = 0;
        foreach (Match placeholder in Placeholder().Matches(recorded))
        {
            pattern.Append(Regex.Escape(recorded[literalFrom..placeholder.Index])).Append(".+");
            literalFrom = placeholder.Index + placeholder.Length;
        }

        pattern.Append(Regex.Escape(recorded[literalFrom..])).Append('$');
        return Regex.IsMatch(live, pattern.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }

    private void Bind(JsonElement recorded, JsonElement live)
    {
        switch (recorded.ValueKind)
        {
            case JsonValueKind.String when live.ValueKind == JsonValueKind.String && IsWholePlaceholder(recorded.GetString()!):
                _values.TryAdd(recorded.GetString()!, live.GetString()!);
                break;
            case JsonValueKind.Object when live.ValueKind == JsonValueKind.Object:
                foreach (var property in recorded.EnumerateObject())
                {
                    if (live.TryGetProperty(property.Name, out var value))
                    {
                        Bind(property.Value, value);
                    }
                }

                break;
            case JsonValueKind.Array when live.ValueKind == JsonValueKind.Array:
                foreach (var (item, liveItem) in recorded.EnumerateArray().Zip(live.EnumerateArray()))
                {
                    Bind(item, liveItem);
                }

                break;
        }
    }

    private static bool IsWholePlaceholder(string value) => Placeholder().Match(value) is { Success: true, Index: 0 } match && match.Length == value.Length;

    private string ValueOf(Match placeholder)
    {
        if (!_values.TryGetValue(placeholder.Value, out var value))
        {
            var name = placeholder.Groups[1].Value;
            value = name is "jwt" or "token" or "secret" ? Redacted
                : placeholder.Groups[2].Success ? $"replay-{name}-{placeholder.Groups[2].Value}"
                : $"replay-{name}";
            _values[placeholder.Value] = value;
        }

        return value;
    }
}
