using System.Text.Json.Nodes;

namespace Netra.E2E.Simulator.Tests.Support;

/// <summary>Reads what a test needs from the deployed backend's frames, whichever envelope they come in.</summary>
public static class StagingFrames
{
    public static string? Type(JsonObject frame) => Text(frame["type"]);

    /// <summary>The run id: under data in the emitter form, at top level in the bridge form.</summary>
    public static string? RunId(JsonObject frame) => Text(frame["data"]?["run_id"]) ?? Text(frame["run_id"]);

    public static string? ThreadId(JsonObject frame) => Text(frame["data"]?["thread_id"]) ?? Text(frame["thread_id"]);

    /// <summary>The agent that sent an event: data.agent_name or data.metadata.agent_name (emitter), agent_name (bridge).</summary>
    public static string? Agent(JsonObject frame) =>
        Text(frame["data"]?["agent_name"]) ?? Text(frame["data"]?["metadata"]?["agent_name"]) ?? Text(frame["agent_name"]);

    /// <summary>Sent through the per-user emitter (fields under data, user_context), rather than the bridge.</summary>
    public static bool Emitted(JsonObject frame) => frame["user_context"] is not null;

    /// <summary>The supervisor's completion: the run's end, carrying its result.</summary>
    public static bool IsRunEnd(JsonObject frame) => Type(frame) == "agent_completed" && Emitted(frame) && Agent(frame) == "supervisor_agent";

    public static JsonObject Result(JsonObject completion) => completion["data"]!["metadata"]!.AsObject();

    public static string Prose(JsonObject completion) =>
        string.Join("\n", Result(completion)["sections"]!.AsArray().Select(s => s!["text"]!.GetValue<string>()));

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
