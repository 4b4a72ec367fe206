using System.Text.Json;
using System.Text.Json.Nodes;
using Netra.E2E.Harness.Wire.Messages;

namespace Netra.E2E.Harness.Wire.Contract;

/// <summary>Writes the client's requests in the contract's envelope: type, payload, timestamp, message id.</summary>
internal sealed class ContractRequestWriter(TimeProvider time, Func<string> newMessageId)
{
    public string Write(ClientRequest request) => request switch
    {
        UserMessageRequest m => Frame("user_message", WithRunId(Payload(m.Parameters, ("content", m.Content), ("agent", m.Agent), ("thread_id", m.ThreadId)), m.RunId), newMessageId()),
        StartAgentRequest s => Frame("start_agent", WithRunId(Payload(s.Parameters, ("agent_type", s.AgentType), ("user_request", s.UserRequest)), s.RunId), newMessageId()),
        PingRequest p => Frame("ping", [], p.MessageId),
        PongReply => Frame("pong", [], newMessageId()),
        _ => throw new ArgumentOutOfRangeException(nameof(request), request.GetType().Name, "no frame for this request"),
    };

    private string Frame(string type, JsonObject payload, string messageId) => new JsonObject
    {
        ["type"] = type,
        ["payload"] = payload,
        ["timestamp"] = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture),
        ["message_id"] = messageId,
    }.ToJsonString();

    /// <summary>The caller's extra parameters first, then the request's own fields (which win), then the run id.</summary>
    private static JsonObject Payload(IReadOnlyDictionary<string, object?> parameters, params (string Name, string? Value)[] fields)
    {
        var payload = new JsonObject();
        foreach (var (name, value) in parameters)
        {
            payload[name] = JsonSerializer.SerializeToNode(value);
        }

        foreach (var (name, value) in fields.Where(f => f.Value is not null))
        {
            payload[name] = value;
        }

        return payload;
    }

    private static JsonObject WithRunId(JsonObject payload, string runId)
    {
        payload["run_id"] = runId;
        return payload;
    }
}
