using System.Text.Json;

namespace Netra.E2E.Simulator.Dialects.Staging;

/// <summary>
/// Reads a client frame as the deployed backend does: only bad JSON is an error; a type it does not handle (or none) is
/// acknowledged; an empty message or a start_agent without a user_request gets no reply; agent names and the client's
/// run id are not read (the server names each run).
/// </summary>
public sealed class StagingDecoder(StagingRunIds runIds)
{
    private static readonly string[] TextFields = ["message", "content", "text"];

    public ClientFrame Decode(string? frame)
    {
        if (frame is null)
        {
            return new DecodeError(ErrorCode.InvalidMessage, "Message must be UTF-8 text holding one JSON object");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(frame);
        }
        catch (JsonException ex)
        {
            return new DecodeError(ErrorCode.InvalidMessage, $"Invalid JSON format: {ex.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new DecodeError(ErrorCode.InvalidMessage, "Message must be a JSON object");
            }

            var type = root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : StagingClientTypes.Unknown;
            var payload = root.TryGetProperty("payload", out var p) && p.ValueKind == JsonValueKind.Object ? p.Clone() : root.Clone();
            return type switch
            {
                StagingClientTypes.Ping => new PingRequest(null),
                StagingClientTypes.Heartbeat => new HeartbeatRequest(),
                StagingClientTypes.Pong => new UnansweredFrame("a client pong is accepted silently"),
                StagingClientTypes.UserMessage or StagingClientTypes.Chat => UserMessage(payload),
                StagingClientTypes.StartAgent => StartAgent(payload),
                _ => new UnhandledFrame(type),
            };
        }
    }

    private ClientFrame UserMessage(JsonElement payload)
    {
        var text = TextFields.Select(name => StringOf(payload, name)).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s));
        return text is null
            ? new UnansweredFrame("a user_message without text gets no reply")
            : new UserMessageRequest(runIds.Next(), text, AgentName: null, StringOf(payload, "thread_id"), payload);
    }

    private ClientFrame StartAgent(JsonElement payload)
    {
        var request = StringOf(payload, "user_request");
        return string.IsNullOrWhiteSpace(request)
            ? new UnansweredFrame("a start_agent without payload.user_request gets no reply")
            : new StartAgentRequest(runIds.Next(), AgentType: null, request, StringOf(payload, "thread_id"), payload);
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
