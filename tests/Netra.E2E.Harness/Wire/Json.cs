using System.Text.Json;

namespace Netra.E2E.Harness.Wire;

/// <summary>Typed reads of optional JSON members, for the dialects: a member of another kind reads as absent.</summary>
internal static class Json
{
    public static string? String(JsonElement element, string name) =>
        Member(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static long? Integer(JsonElement element, string name) =>
        Member(element, name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt64(out var number) ? number : null;

    public static double? Number(JsonElement element, string name) =>
        Member(element, name) is { ValueKind: JsonValueKind.Number } value && value.TryGetDouble(out var number) ? number : null;

    public static decimal? Decimal(JsonElement element, string name) =>
        Member(element, name) is { ValueKind: JsonValueKind.Number } value && value.TryGetDecimal(out var number) ? number : null;

    public static JsonElement? Member(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;

    /// <summary>A result object as its JSON text, or a result given as text; anything else is no result.</summary>
    public static string? ResultText(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { ValueKind: JsonValueKind.Object } result => result.GetRawText(),
        _ => null,
    };
}
