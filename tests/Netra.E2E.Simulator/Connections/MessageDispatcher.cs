using System.Text.Json;
using System.Text.Json.Nodes;
using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Protocol;

namespace Netra.E2E.Simulator.Connections;

/// <summary>Reads one client frame and answers it: a run, a pong, or the protocol's error. Never throws on bad input.</summary>
public sealed class MessageDispatcher(RunExecutor runs, TimeProvider time)
{
    public void Greet(ChatConnection connection) => connection.Send(ServerFrame.Create(EventTypes.ConnectionEstablished, new JsonObject
    {
        ["connection_id"] = connection.Id,
        ["user_id"] = connection.UserId,
        ["server_time"] = time.GetUtcNow().ToString("O"),
    }, time.GetUtcNow()));

    /// <param name="text">The frame's text, or null when it was binary or not UTF-8.</param>
    public void Dispatch(ChatConnection connection, string? text)
    {
        if (text is null)
        {
            Reject(connection, ErrorCodes.InvalidMessage, "frames must be UTF-8 text holding one JSON object");
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            Reject(connection, ErrorCodes.InvalidMessage, $"frame is not valid JSON: {ex.Message}");
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
            {
                Reject(connection, ErrorCodes.InvalidMessage, "frame must be a JSON object with a string \"type\"");
                return;
            }

            var payload = root.TryGetProperty("payload", out var p) && p.ValueKind == JsonValueKind.Object ? p.Clone() : root.Clone();
            var messageId = root.TryGetProperty("message_id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
            switch (typeElement.GetString())
            {
                case ClientMessageTypes.Ping:
                    connection.Send(ServerFrame.Create(EventTypes.Pong, [], time.GetUtcNow(), messageId: messageId));
                    break;
                case ClientMessageTypes.UserMessage:
                    StartRun(connection, payload, textField: "content", agentField: "agent", agentRequired: false);
                    break;
                case ClientMessageTypes.StartAgent:
                    StartRun(connection, payload, textField: "user_request", agentField: "agent_type", agentRequired: true);
                    break;
                default:
                    Reject(connection, ErrorCodes.UnknownMessageType, $"unknown message type '{typeElement.GetString()}'");
                    break;
            }
        }
    }

    private void StartRun(ChatConnection connection, JsonElement payload, string textField, string agentField, bool agentRequired)
    {
        var runId = StringOf(payload, "run_id") ?? ServerFrame.NewId("run");
        var text = StringOf(payload, textField) ?? (agentRequired ? StringOf(payload, "query") ?? "" : null);
        var agent = StringOf(payload, agentField);
        if (text is null || (!agentRequired && string.IsNullOrWhiteSpace(text)))
        {
            Reject(connection, ErrorCodes.InvalidMessage, $"\"{textField}\" must be a non-empty string", runId);
            return;
        }

        if (agentRequired && string.IsNullOrWhiteSpace(agent))
        {
            Reject(connection, ErrorCodes.InvalidMessage, $"\"{agentField}\" is required", runId);
            return;
        }

        runs.Start(connection, new RunRequest(runId, agent, text, StringOf(payload, "thread_id"), payload));
    }

    private void Reject(ChatConnection connection, string code, string message, string? runId = null)
    {
        if (connection.Faults.Has(SimulatorFault.NoErrorForInvalidRequest))
        {
            return;
        }

        connection.Send(ServerFrame.Error(code, message, time.GetUtcNow(), runId));
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
