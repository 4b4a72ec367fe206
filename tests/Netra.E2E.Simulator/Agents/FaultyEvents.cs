using System.Text.Json.Nodes;
using Netra.E2E.Simulator.Connections;
using Netra.E2E.Simulator.Protocol;

namespace Netra.E2E.Simulator.Agents;

/// <summary>Breaks a correct event sequence in the ways a regressed backend would (only for connections that ask).</summary>
public static class FaultyEvents
{
    private static readonly (SimulatorFault Fault, string Type)[] Omissions =
    [
        (SimulatorFault.OmitAgentStarted, EventTypes.AgentStarted),
        (SimulatorFault.OmitAgentThinking, EventTypes.AgentThinking),
        (SimulatorFault.OmitToolExecuting, EventTypes.ToolExecuting),
        (SimulatorFault.OmitToolCompleted, EventTypes.ToolCompleted),
        (SimulatorFault.OmitAgentCompleted, EventTypes.AgentCompleted),
    ];

    public static List<RunEvent> Apply(List<RunEvent> events, ConnectionFaults faults)
    {
        if (faults.Active == SimulatorFault.None)
        {
            return events;
        }

        var runId = events[0].RunId;
        if (faults.Has(SimulatorFault.ErrorForValidRequest))
        {
            return [new(EventTypes.Error, new JsonObject { ["code"] = "INTERNAL_ERROR", ["message"] = "The agent failed." }, runId)];
        }

        foreach (var (fault, type) in Omissions)
        {
            if (faults.Has(fault))
            {
                events.RemoveAll(e => e.Type == type);
            }
        }

        if (faults.Has(SimulatorFault.EventsOutOfOrder) && events.Count > 1)
        {
            (events[0], events[1]) = (events[1], events[0]);
        }

        if (faults.Has(SimulatorFault.OrphanToolCompleted))
        {
            events.Insert(1, new(EventTypes.ToolCompleted, new JsonObject
            {
                ["agent_name"] = events[0].Payload["agent_name"]?.GetValue<string>(), ["tool_name"] = "ghost_tool", ["result"] = new JsonObject(),
            }, runId));
        }

        if (faults.Has(SimulatorFault.MalformedFrame))
        {
            events.Insert(Math.Min(2, events.Count), new(EventTypes.AgentThinking, [], runId, Raw: "{\"type\": \"agent_thinking\", \"payload\": {"));
        }

        if (faults.Has(SimulatorFault.OversizedFrame))
        {
            events.Insert(Math.Min(2, events.Count), new(EventTypes.AgentThinking, [], runId, Raw: $"{{\"type\":\"agent_thinking\",\"payload\":{{\"thought\":\"{new string('x', 2 * 1024 * 1024)}\"}}}}"));
        }

        if (faults.Has(SimulatorFault.UnknownEventType))
        {
            var last = events.FindLastIndex(e => e.Type == EventTypes.AgentCompleted);
            if (last >= 0)
            {
                events[last] = events[last] with { Type = "agent_complete" };
            }
        }

        if (faults.Has(SimulatorFault.MismatchedThreadId))
        {
            foreach (var e in events.Where(e => e.Type is EventTypes.ToolExecuting or EventTypes.ToolCompleted))
            {
                e.Payload["thread_id"] = "thread_of_someone_else";
            }
        }

        return events;
    }
}
