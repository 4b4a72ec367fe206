using System.Text.Json.Nodes;

namespace Netra.E2E.Harness.Tests.Replay;

/// <summary>Edits of a recorded cassette that a replay must catch, as a reviewer would make them by hand.</summary>
public static class CassetteTampering
{
    /// <summary>Every tool_completed the server sent, gone.</summary>
    public static void DropToolCompleted(JsonObject cassette)
    {
        foreach (var frames in Frames(cassette))
        {
            foreach (var frame in frames.Where(f => Type(f) == "tool_completed").ToArray())
            {
                frames.Remove(frame);
            }
        }
    }

    /// <summary>The first tool_executing and the first tool_completed of the first session change places.</summary>
    public static void ReorderToolEvents(JsonObject cassette)
    {
        var frames = Frames(cassette).First();
        var executing = frames.First(f => Type(f) == "tool_executing")!.AsObject();
        var completed = frames.First(f => Type(f) == "tool_completed")!.AsObject();
        (executing["json"], completed["json"]) = (completed["json"]!.DeepClone(), executing["json"]!.DeepClone());
    }

    /// <summary>Every answer emptied: its prose says nothing, its recommendations, sections and metrics are gone.</summary>
    public static void RemoveBusinessValue(JsonObject cassette)
    {
        foreach (var frame in Frames(cassette).SelectMany(f => f).Where(f => Type(f) == "agent_completed"))
        {
            Empty(frame!["json"]);
        }
    }

    private static void Empty(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (var key in obj.Select(p => p.Key).ToArray())
            {
                obj[key] = key switch
                {
                    "content" or "final_response" => "Done.",
                    "recommendations" or "sections" => new JsonArray(),
                    "metrics" => new JsonObject(),
                    _ => obj[key],
                };
                Empty(obj[key]);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                Empty(item);
            }
        }
    }

    private static IEnumerable<JsonArray> Frames(JsonObject cassette) => cassette["sessions"]!.AsArray().Select(s => s!["frames"]!.AsArray());

    private static string? Type(JsonNode? frame) => frame?["json"]?["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
        ? frame["json"]!["type"]!.GetValue<string>()
        : null;
}
