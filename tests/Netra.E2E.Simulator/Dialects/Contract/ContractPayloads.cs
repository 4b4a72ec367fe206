using System.Text.Json.Nodes;

namespace Netra.E2E.Simulator.Dialects.Contract;

/// <summary>Each server message's contract type name and payload fields, in the contract's order.</summary>
public static class ContractPayloads
{
    public static (string Type, JsonObject Payload) Of(ServerMessage message) => message switch
    {
        Welcome w => (EventTypes.ConnectionEstablished, new JsonObject
        {
            ["connection_id"] = w.ConnectionId,
            ["user_id"] = w.UserId,
            ["server_time"] = w.ServerTime.ToString("O"),
        }),
        Pong => (EventTypes.Pong, []),
        ThreadSnapshot t => (EventTypes.StatusUpdate, ThreadSnapshotJson.Data(t)),
        ErrorMessage e => (EventTypes.Error, new JsonObject { ["code"] = ErrorCodes.Of(e.Code), ["message"] = e.Message }),
        AgentStarted e => (EventTypes.AgentStarted, Event(e)),
        AgentThinking e => (EventTypes.AgentThinking, Event(e, ("thought", e.Thought), ("step_number", e.StepNumber), ("total_steps", e.TotalSteps))),
        ToolExecuting e => (EventTypes.ToolExecuting, Event(e, ("tool_name", e.ToolName), ("tool_purpose", e.Purpose))),
        ToolCompleted e => (EventTypes.ToolCompleted, Event(e, ("tool_name", e.ToolName), ("result", AnswerJson.ToolResult(e.Result)))),
        SubagentStarted e => (EventTypes.SubagentStarted, Event(e, ("parent_agent", e.ParentAgent))),
        SubagentCompleted e => (EventTypes.SubagentCompleted, Event(e, ("parent_agent", e.ParentAgent))),
        AgentCompleted e => (EventTypes.AgentCompleted, Event(e, ("duration_ms", e.DurationMs), ("result", ContractResults.Of(e.Answer, e.ToolsUsed)))),
        _ => throw new ArgumentOutOfRangeException(nameof(message), message.GetType().Name, "The contract has no frame for this message."),
    };

    private static JsonObject Event(RunEvent e, params (string Name, JsonNode? Value)[] fields)
    {
        var payload = new JsonObject();
        if (e.ThreadId is not null)
        {
            payload["thread_id"] = e.ThreadId;
        }

        payload["agent_name"] = e.AgentName;
        foreach (var (name, value) in fields)
        {
            payload[name] = value;
        }

        return payload;
    }
}
