using System.Text.Json.Nodes;
using Netra.E2E.Simulator.Agents;

namespace Netra.E2E.Simulator.Dialects.Staging;

/// <summary>
/// Run events in the deployed backend's two envelopes: the run's own agent speaks through the per-user emitter (fields
/// under data, a zone-less ISO timestamp, user_context), sub-agents through the bridge (ids at top level, fields under
/// payload, an ISO timestamp with Z), each emitter with its own payload names.
/// </summary>
public static class StagingRunEvents
{
    public static JsonObject Of(RunEvent e, DateTimeOffset at) => e switch
    {
        SubagentStarted => Bridge(StagingTypes.AgentStarted, e, at, new() { ["status"] = "started", ["message"] = $"{e.AgentName} started" }),
        SubagentCompleted c => Bridge(StagingTypes.AgentCompleted, e, at, new()
        {
            ["status"] = "completed",
            ["result"] = AnswerJson.ToolResult(c.Result),
            ["execution_time_ms"] = c.DurationMs,
        }),
        AgentThinking { BySubagent: true } t => Bridge(StagingTypes.AgentThinking, e, at, new()
        {
            ["reasoning"] = t.Thought,
            ["step"] = $"step_{t.StepNumber}",
            ["progress_percentage"] = t.TotalSteps == 0 ? 0 : t.StepNumber * 100 / t.TotalSteps,
        }),
        ToolExecuting { BySubagent: true } t => Bridge(StagingTypes.ToolExecuting, e, at, new() { ["tool_name"] = t.ToolName, ["tool_input"] = Parameters(t), ["status"] = "executing" }),
        ToolCompleted { BySubagent: true } t => Bridge(StagingTypes.ToolCompleted, e, at, new() { ["tool_name"] = t.ToolName, ["success"] = true, ["result_summary"] = StagingResults.Summary(t.ToolName, t.Result) }),
        AgentStarted => Emitter(StagingTypes.AgentStarted, e, at, new() { ["agent_name"] = e.AgentName, ["metadata"] = new JsonObject(), ["status"] = "started" }),
        AgentThinking t => Emitter(StagingTypes.AgentThinking, e, at, new()
        {
            ["thought"] = t.Thought,
            ["metadata"] = Step(t),
            ["type"] = "reasoning",
        }),
        ToolExecuting t => Emitter(StagingTypes.ToolExecuting, e, at, new() { ["tool"] = t.ToolName, ["metadata"] = new JsonObject { ["parameters"] = Parameters(t) }, ["status"] = "executing" }),
        ToolCompleted t => Emitter(StagingTypes.ToolCompleted, e, at, new() { ["tool"] = t.ToolName, ["metadata"] = new JsonObject { ["result"] = AnswerJson.ToolResult(t.Result) }, ["status"] = "completed" }),
        AgentCompleted c => Emitter(StagingTypes.AgentCompleted, e, at, new()
        {
            ["agent_name"] = c.AgentName,
            ["metadata"] = StagingResults.Of(c.Answer, c.ToolsUsed, c.DurationMs),
            ["status"] = "completed",
        }),
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "The staging dialect has no frame for this event."),
    };

    /// <summary>A run that fails: the bridge's agent_error, which (unlike the emitter's) names the run; every run is the supervisor's.</summary>
    public static JsonObject AgentError(ErrorMessage error, RunScope run, DateTimeOffset at)
    {
        var code = StagingErrorCodes.Of(error.Code);
        return Bridge(StagingTypes.AgentError, run.RunId, Supervisor.Name, run.ThreadId, at, new()
        {
            ["error_message"] = error.Message,
            ["error_type"] = code,
            ["recoverable"] = false,
            ["error_context"] = new JsonObject { ["error_code"] = code, ["run_id"] = run.RunId },
        });
    }

    private static JsonObject Emitter(string type, RunEvent e, DateTimeOffset at, JsonObject data)
    {
        var requestId = StagingRunIds.RequestIdOf(e.Run.RunId);
        data["timestamp"] = StagingClock.Epoch(at);
        data["run_id"] = e.Run.RunId;
        if (e.ThreadId is not null)
        {
            data["thread_id"] = e.ThreadId;
        }

        data["request_id"] = requestId;
        return new JsonObject
        {
            ["type"] = type,
            ["data"] = data,
            ["timestamp"] = StagingClock.ZonelessIso(at),
            ["critical"] = true,
            ["user_context"] = new JsonObject { ["user_id"] = e.Run.UserId, ["request_id"] = requestId },
        };
    }

    private static JsonObject Bridge(string type, RunEvent e, DateTimeOffset at, JsonObject payload) =>
        Bridge(type, e.Run.RunId, e.AgentName, e.ThreadId, at, payload);

    private static JsonObject Bridge(string type, string runId, string agentName, string? threadId, DateTimeOffset at, JsonObject payload)
    {
        var frame = new JsonObject { ["type"] = type, ["run_id"] = runId, ["agent_name"] = agentName };
        if (threadId is not null)
        {
            frame["thread_id"] = threadId;
        }

        frame["timestamp"] = StagingClock.UtcIso(at);
        frame["payload"] = payload;
        return frame;
    }

    private static JsonObject Step(AgentThinking t)
    {
        var metadata = new JsonObject { ["step_number"] = t.StepNumber, ["agent_name"] = t.AgentName };
        if (t.StatesTotal)
        {
            metadata["total_steps"] = t.TotalSteps;
        }

        return metadata;
    }

    private static JsonObject Parameters(ToolExecuting t) => t.Purpose is null ? [] : new JsonObject { ["purpose"] = t.Purpose };
}
