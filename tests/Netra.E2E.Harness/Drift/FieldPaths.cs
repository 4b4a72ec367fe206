using System.Text.Json;
using System.Text.Json.Nodes;

namespace Netra.E2E.Harness.Drift;

/// <summary>
/// A frame's fields as "path: JSON type" (<c>metadata.step_number: number</c>, <c>recommendations[].title: string</c>),
/// read through its envelope: the fields under "data" or "payload" count as the frame's own, so that the envelope's
/// form is compared once (by the dialect's notes) and not again in every field's name.
/// </summary>
public static class FieldPaths
{
    private static readonly HashSet<string> Envelopes = ["data", "payload"];

    public static IEnumerable<string> Of(JsonNode? frame)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        if (frame is JsonObject root)
        {
            foreach (var (key, value) in root)
            {
                if (Envelopes.Contains(key) && value is JsonObject body)
                {
                    foreach (var (inner, innerValue) in body)
                    {
                        Walk(inner, innerValue, paths);
                    }
                }
                else
                {
                    Walk(key, value, paths);
                }
            }
        }

        return paths;
    }

    private static void Walk(string path, JsonNode? node, SortedSet<string> paths)
    {
        paths.Add($"{path}: {TypeOf(node)}");
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    Walk($"{path}.{key}", value, paths);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk($"{path}[]", item, paths);
                }

                break;
        }
    }

    private static string TypeOf(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        _ => "boolean",
    };
}
