using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Netra.E2E.Simulator.Connections;
using Netra.E2E.Simulator.Hosting;
using Netra.E2E.Simulator.Protocol;
using Netra.E2E.Simulator.Threads;

namespace Netra.E2E.Simulator.Agents;

/// <summary>Plans a run with the named agent and streams its events to the owner's connections.</summary>
public sealed class RunExecutor(
    AgentCatalog catalog,
    ThreadStore threads,
    ConnectionRegistry registry,
    IOptions<SimulatorOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<RunExecutor> logger)
{
    private int _runsStarted;
    private volatile PublishedFrame? _lastPublished;

    public void Start(ChatConnection origin, RunRequest request)
    {
        if (options.Value is { AllowFaultInjection: true, CrashAfterRuns: { } crashAfter } && Interlocked.Increment(ref _runsStarted) > crashAfter)
        {
            logger.LogWarning("Simulated crash: stopping after {Runs} runs", crashAfter);
            lifetime.StopApplication();
            origin.Abort();
            return;
        }

        var faults = origin.Faults;
        var thread = threads.Open(origin.UserId, request.ThreadId);
        if (thread is null)
        {
            origin.Send(ServerFrame.Error(ErrorCodes.ThreadAccessDenied, "That thread is not available to this user.", time.GetUtcNow(), request.RunId));
            return;
        }

        var profile = RequestProfile.From(request.Text, request.Parameters);
        var history = faults.Has(SimulatorFault.IgnoreThreadContext) ? [] : thread.Turns;
        var agentName = AgentCatalog.ResolveName(request.AgentName);
        var script = catalog.Plan(request.AgentName, profile, history);
        if (script is null && !faults.Has(SimulatorFault.NoErrorForInvalidRequest))
        {
            origin.Send(ServerFrame.Error(ErrorCodes.AgentNotFound,
                $"No agent named '{request.AgentName}'. Known agents: {string.Join(", ", catalog.Names.Order())}.", time.GetUtcNow(), request.RunId, thread.Id));
            return;
        }

        script ??= catalog.Plan(null, profile, history)!;
        _ = StreamAsync(origin, request, thread, agentName, script);
    }

    private async Task StreamAsync(ChatConnection origin, RunRequest request, ChatThread thread, string agentName, RunScript script)
    {
        try
        {
            var events = RunEvents.Build(request.RunId, thread.Id, agentName, script, origin.Faults);
            if (origin.Faults.Has(SimulatorFault.Stall))
            {
                return;
            }

            if (origin.Faults.Has(SimulatorFault.LeakOtherUsersEvents))
            {
                // Leak deterministically, whether or not another user's run overlaps this one in time.
                origin.Send(ForeignFrame(origin.UserId));
            }

            var started = time.GetTimestamp();
            var clock = new EventClock(time, origin.Faults.Has(SimulatorFault.TimestampsBackwards));
            foreach (var (index, evt) in events.Index())
            {
                await PaceAsync(origin, slow: index > 0, origin.Closing);
                if (origin.Faults.Has(SimulatorFault.CloseMidRun) && index == 2)
                {
                    origin.Abort();
                    return;
                }

                if (evt.Type == EventTypes.AgentCompleted)
                {
                    evt.Payload["duration_ms"] = (long)time.GetElapsedTime(started).TotalMilliseconds;
                }

                Publish(origin, evt.Raw ?? ServerFrame.Create(evt.Type, evt.Payload, clock.Next(), evt.RunId, thread.Id));
            }

            thread.Remember(new ThreadTurn(request.Text, script.Answer));
        }
        catch (OperationCanceledException)
        {
            logger.LogDebug("Run {RunId} stopped: its connection closed", request.RunId);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Run {RunId} failed", request.RunId);
            origin.Close(System.Net.WebSockets.WebSocketCloseStatus.InternalServerError, "server error");
        }
    }

    /// <summary>Waits the configured pacing; the slow-events fault lets the first event through, then stalls every later one.</summary>
    private Task PaceAsync(ChatConnection origin, bool slow, CancellationToken cancellation)
    {
        var delay = slow && origin.Faults.Has(SimulatorFault.SlowEvents) ? TimeSpan.FromSeconds(30) : options.Value.EventDelay;
        return delay > TimeSpan.Zero ? Task.Delay(delay, time, cancellation) : Task.CompletedTask;
    }

    private void Publish(ChatConnection origin, string frame)
    {
        _lastPublished = new PublishedFrame(origin.UserId, frame);
        foreach (var connection in registry.RecipientsOf(origin.UserId))
        {
            connection.Send(frame);
        }
    }

    /// <summary>The latest event of someone else's run, or a made-up one when nobody else has run yet.</summary>
    private string ForeignFrame(string userId) => _lastPublished is { } last && last.UserId != userId
        ? last.Frame
        : ServerFrame.Create(EventTypes.AgentStarted, new JsonObject { ["thread_id"] = "thread_of_another_user", ["agent_name"] = AgentCatalog.TriageAgent },
            time.GetUtcNow(), ServerFrame.NewId("run"), "thread_of_another_user");

    private sealed record PublishedFrame(string UserId, string Frame);

    /// <summary>Event timestamps: monotonic unless a fault asks them to run backwards.</summary>
    private sealed class EventClock(TimeProvider time, bool backwards)
    {
        private DateTimeOffset _last = DateTimeOffset.MinValue;
        private int _count;

        public DateTimeOffset Next()
        {
            var now = time.GetUtcNow();
            _last = now > _last ? now : _last.AddTicks(1);
            _count++;
            return backwards && _count > 2 ? _last.AddSeconds(-30) : _last;
        }
    }
}

/// <summary>One event of a run before it is stamped and sent; Raw replaces the frame entirely (malformed-frame fault).</summary>
public sealed record RunEvent(string Type, JsonObject Payload, string RunId, string? Raw = null);

/// <summary>Turns a run script into the protocol's event sequence, then applies any faults of the connection.</summary>
public static class RunEvents
{
    public static List<RunEvent> Build(string runId, string threadId, string agentName, RunScript script, ConnectionFaults faults)
    {
        var thinkingTotal = script.Steps.OfType<ThinkingStep>().Count();
        var thinkingIndex = 0;
        var events = new List<RunEvent> { new(EventTypes.AgentStarted, new JsonObject { ["thread_id"] = threadId, ["agent_name"] = agentName }, runId) };
        foreach (var step in script.Steps)
        {
            switch (step)
            {
                case ThinkingStep t:
                    events.Add(new(EventTypes.AgentThinking, new JsonObject
                    {
                        ["thread_id"] = threadId, ["agent_name"] = t.AgentName, ["thought"] = t.Thought,
                        ["step_number"] = ++thinkingIndex, ["total_steps"] = thinkingTotal,
                    }, runId));
                    break;
                case ToolStep tool:
                    events.Add(new(EventTypes.ToolExecuting, new JsonObject
                    {
                        ["thread_id"] = threadId, ["agent_name"] = tool.AgentName, ["tool_name"] = tool.ToolName, ["tool_purpose"] = tool.Purpose,
                    }, runId));
                    events.Add(new(EventTypes.ToolCompleted, new JsonObject
                    {
                        ["thread_id"] = threadId, ["agent_name"] = tool.AgentName, ["tool_name"] = tool.ToolName, ["result"] = tool.Result.DeepClone(),
                    }, runId));
                    break;
                case SubagentStartedStep s:
                    events.Add(new(EventTypes.SubagentStarted, new JsonObject { ["thread_id"] = threadId, ["agent_name"] = s.AgentName, ["parent_agent"] = s.ParentAgent }, runId));
                    break;
                case SubagentCompletedStep s:
                    events.Add(new(EventTypes.SubagentCompleted, new JsonObject { ["thread_id"] = threadId, ["agent_name"] = s.AgentName, ["parent_agent"] = s.ParentAgent }, runId));
                    break;
            }
        }

        var answer = faults.Has(SimulatorFault.NoBusinessValue)
            ? new AgentAnswer("Request processed.", [], new Dictionary<string, double>())
            : script.Answer;
        events.Add(new(EventTypes.AgentCompleted, new JsonObject
        {
            ["thread_id"] = threadId, ["agent_name"] = agentName, ["duration_ms"] = 0, ["result"] = answer.ToResult(script.ToolsUsed),
        }, runId));
        return FaultyEvents.Apply(events, faults);
    }
}
