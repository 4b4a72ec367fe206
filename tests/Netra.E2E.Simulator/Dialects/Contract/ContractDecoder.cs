using System.Text.Json;
using Netra.E2E.Simulator.Hosting;

namespace Netra.E2E.Simulator.Dialects.Contract;

/// <summary>Reads one client frame of the contract. Never throws on bad input: bad input is a DecodeError.</summary>
public sealed class ContractDecoder(IIdSource ids)
{
    public ClientFrame Decode(string? frame)
    {
        if (frame is null)
        {
            return new DecodeError(ErrorCode.InvalidMessage, "frames must be UTF-8 text holding one JSON object");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(frame);
        }
        catch (JsonException ex)
        {
            return new DecodeError(ErrorCode.InvalidMessage, $"frame is not valid JSON: {ex.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                return new DecodeError(ErrorCode.InvalidMessage, "frame must be a JSON object with a string \"type\"");
            }

            // A frame without a payload object carries its fields at top level.
            var payload = root.TryGetProperty("payload", out var p) && p.ValueKind == JsonValueKind.Object ? p.Clone() : root.Clone();
            var messageId = StringOf(root, "message_id");
            return type.GetString() switch
            {
                ClientMessageTypes.Ping => new PingRequest(messageId),
                ClientMessageTypes.UserMessage => UserMessage(payload, messageId),
                ClientMessageTypes.StartAgent => StartAgent(payload, messageId),
                var unknown => new DecodeError(ErrorCode.UnknownMessageType, $"unknown message type '{unknown}'"),
            };
        }
    }

    private ClientFrame UserMessage(JsonElement payload, string? messageId)
    {
        var runId = RunIdOf(payload);
        var content = StringOf(payload, "content");
        return string.IsNullOrWhiteSpace(content)
            ? new DecodeError(ErrorCode.InvalidMessage, "\"content\" must be a non-empty string", runId)
            : new UserMessageRequest(runId, content, StringOf(payload, "agent"), StringOf(payload, "thread_id"), payload, messageId);
    }

    private ClientFrame StartAgent(JsonElement payload, string? messageId)
    {
        var runId = RunIdOf(payload);
        var agentType = StringOf(payload, "agent_type");
        return string.IsNullOrWhiteSpace(agentType)
            ? new DecodeError(ErrorCode.InvalidMessage, "\"agent_type\" is required", runId)
            : new StartAgentRequest(runId, agentType, StringOf(payload, "user_request") ?? StringOf(payload, "query") ?? "",
                StringOf(payload, "thread_id"), payload, messageId);
    }

    private string RunIdOf(JsonElement payload) => StringOf(payload, "run_id") ?? ids.Next("run");

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
