using System.Text.Json;
using System.Text.Json.Nodes;

namespace Netra.E2E.Simulator.Protocol;

/// <summary>Builds server-to-client frames in the strict envelope: type, payload, timestamp, message_id (+ run and thread ids).</summary>
public static class ServerFrame
{
    public static string Create(string type, JsonObject payload, DateTimeOffset timestamp, string? runId = null, string? threadId = null, string? messageId = null)
    {
        var frame = new JsonObject
        {
            ["type"] = type,
            ["payload"] = payload,
            ["timestamp"] = timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'"),
            ["message_id"] = messageId ?? NewId("msg"),
        };
        if (runId is not null)
        {
            frame["run_id"] = runId;
            payload["run_id"] ??= runId;
        }

        if (threadId is not null)
        {
            frame["thread_id"] = threadId;
        }

        return frame.ToJsonString(JsonOptions);
    }

    public static string Error(string code, string message, DateTimeOffset timestamp, string? runId = null, string? threadId = null) =>
        Create(EventTypes.Error, new JsonObject { ["code"] = code, ["message"] = message }, timestamp, runId, threadId);

    public static string NewId(string prefix) => $"{prefix}_{Guid.NewGuid():N}";

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false };
}
