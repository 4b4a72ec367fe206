using Netra.E2E.Harness.Session;
using Netra.E2E.Harness.Wire.Messages;

namespace Netra.E2E.Harness.Contract;

/// <summary>
/// The protocol's rules over one run, checked on every run of every test in both modes, so the simulator cannot drift
/// from staging unnoticed: required fields and types, agent_started first and the completion last, the five mandatory
/// events of a successful run, tools that complete only after they start, consistent ids, timestamps that parse and
/// never go backwards. Loose forms staging is known to send, and unlisted event types, are warnings only. It reads
/// events a dialect normalised: which fields a frame must carry, and in what names, is the dialect's to report.
/// </summary>
public static class EventContract
{
    public static ContractReport Validate(RunTranscript run, string? userId = null)
    {
        var violations = new List<ContractViolation>();
        var warnings = new List<string>();
        var ordinal = new Dictionary<string, int>(StringComparer.Ordinal);
        var named = run.Events.Select(e => (Event: e, Name: $"{e.Type} #{ordinal[e.Type] = ordinal.GetValueOrDefault(e.Type) + 1} (run {run.RunId})")).ToArray();

        CheckEnvelopes(named, run, userId, violations, warnings);
        var listed = named.Where(n => !n.Event.IsMalformed && EventNames.RunEvents.Contains(n.Event.Type)).ToArray();
        var startingAgent = listed.FirstOrDefault(n => n.Event.Type == EventNames.AgentStarted).Event?.AgentName;
        var subAgentLifecycle = listed.Where(n => IsSubAgentLifecycle(n.Event, startingAgent)).ToArray();
        warnings.AddRange(subAgentLifecycle.Select(n => $"{n.Event.Type} of sub-agent '{n.Event.AgentName}' inside the run (read as its lifecycle)"));
        CheckOrder(listed.Except(subAgentLifecycle).ToArray(), run, violations);
        CheckTools(listed, violations);
        CheckTimestamps(named.Where(n => !n.Event.IsMalformed).ToArray(), violations);
        CheckValues(named.Where(n => !n.Event.IsMalformed).ToArray(), violations);
        return new ContractReport(violations, warnings.Distinct().ToArray());
    }

    /// <summary>
    /// The deployed supervisor's sub-agents send their own agent_started and agent_completed inside its run; the run
    /// starts and ends with the agent that started it.
    /// </summary>
    private static bool IsSubAgentLifecycle(NetraEvent e, string? startingAgent) =>
        e.Type is EventNames.AgentStarted or EventNames.AgentCompleted && startingAgent is not null && e.AgentName is not null && e.AgentName != startingAgent;

    private static void CheckEnvelopes((NetraEvent Event, string Name)[] events, RunTranscript run, string? userId, List<ContractViolation> violations, List<string> warnings)
    {
        string? threadId = null;
        foreach (var (e, name) in events)
        {
            if (e.IsMalformed)
            {
                violations.Add(new(name.Replace("(malformed)", "frame", StringComparison.Ordinal), "frame", $"must be a JSON object with a string type: {e.MalformedReason}"));
                continue;
            }

            foreach (var note in e.Notes)
            {
                warnings.Add($"{e.Type}: {note} (tolerated loose form)");
            }

            if (!EventNames.RunEvents.Contains(e.Type))
            {
                warnings.Add($"unlisted event type '{e.Type}' in run {run.RunId} (ignored for ordering)");
                continue;
            }

            foreach (var problem in e.Problems)
            {
                violations.Add(new(name, problem.Field, problem.Rule));
            }

            if (e.RunId is not null && e.RunId != run.RunId)
            {
                violations.Add(new(name, "run_id", $"must be the run's id '{run.RunId}' (got '{e.RunId}')"));
            }

            if (e.ThreadId is null && e.Type is EventNames.AgentStarted or EventNames.AgentCompleted)
            {
                violations.Add(new(name, "thread_id", "is required but missing"));
            }
            else
            {
                // The envelope and the payload may both carry the thread id; each must be the run's.
                foreach (var eventThread in e.ThreadIds)
                {
                    threadId ??= eventThread;
                    if (eventThread != threadId)
                    {
                        violations.Add(new(name, "thread_id", $"must stay '{threadId}' for the whole run (got '{eventThread}')"));
                    }
                }
            }

            if (userId is not null && e.UserId is { } eventUser && eventUser != userId)
            {
                violations.Add(new(name, "user_id", $"must be the session's user '{userId}' (got '{eventUser}': another user's event reached this session)"));
            }
        }
    }

    private static void CheckOrder((NetraEvent Event, string Name)[] events, RunTranscript run, List<ContractViolation> violations)
    {
        // A run without events is error-only too: nothing to order.
        var errorOnly = events.All(e => e.Event.Type == EventNames.Error);
        if (errorOnly)
        {
            if (events.Length > 1)
            {
                violations.Add(new(events[1].Name, "type", "a run that cannot proceed ends with exactly one error"));
            }

            return;
        }

        if (events[0].Event.Type != EventNames.AgentStarted)
        {
            violations.Add(new(events[0].Name, "type", "agent_started must be the first event of a run"));
        }

        var last = events[^1];
        if (last.Event.Type is not (EventNames.AgentCompleted or EventNames.Error))
        {
            violations.Add(new(last.Name, "type", "a run must end with agent_completed or error"));
        }

        foreach (var (e, name) in events[..^1].Where(e => e.Event.Type is EventNames.AgentCompleted or EventNames.Error))
        {
            violations.Add(new(name, "type", "must be the last event of its run, but more events followed"));
        }

        if (last.Event.Type == EventNames.AgentCompleted)
        {
            foreach (var missing in EventNames.Mandatory.Where(t => events.All(e => e.Event.Type != t)))
            {
                violations.Add(new($"run {run.RunId}", missing, "is mandatory in every successful run but never arrived"));
            }
        }
    }

    private static void CheckTools((NetraEvent Event, string Name)[] events, List<ContractViolation> violations)
    {
        var running = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (e, name) in events)
        {
            var key = $"{e.AgentName}/{e.ToolName}";
            if (e.Type == EventNames.ToolExecuting)
            {
                running[key] = running.GetValueOrDefault(key) + 1;
            }
            else if (e.Type == EventNames.ToolCompleted)
            {
                if (running.GetValueOrDefault(key) == 0)
                {
                    violations.Add(new(name, "tool_name", $"'{e.ToolName}' completed without an earlier tool_executing of that tool"));
                }
                else
                {
                    running[key]--;
                }
            }
        }

        if (events.Length > 0 && events[^1].Event.Type == EventNames.AgentCompleted)
        {
            foreach (var (key, count) in running.Where(r => r.Value > 0))
            {
                violations.Add(new($"tool_executing of '{key.Split('/')[1]}'", "tool_name", $"started {count} time(s) without a tool_completed before agent_completed"));
            }
        }
    }

    /// <summary>Each message once; steps counted from 1 up to their total; durations that cannot be negative.</summary>
    private static void CheckValues((NetraEvent Event, string Name)[] events, List<ContractViolation> violations)
    {
        foreach (var duplicate in events.Where(e => e.Event.MessageId is not null).GroupBy(e => e.Event.MessageId).Where(g => g.Count() > 1))
        {
            var sent = duplicate.ToArray();
            violations.Add(new(sent[1].Name, "message_id", $"'{duplicate.Key}' was already used by {sent[0].Name}: the event was sent twice"));
        }

        foreach (var (e, name) in events)
        {
            if (e.StepNumber is { } step && (step < 1 || e.TotalSteps is { } total && step > total))
            {
                violations.Add(new(name, "step_number", $"must be between 1 and total_steps (got {step} of {e.TotalSteps?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"})"));
            }

            if (e.DurationMs is < 0)
            {
                violations.Add(new(name, "duration_ms", $"must not be negative (got {e.DurationMs})"));
            }
        }
    }

    private static void CheckTimestamps((NetraEvent Event, string Name)[] events, List<ContractViolation> violations)
    {
        DateTimeOffset? previous = null;
        foreach (var (e, name) in events.Where(e => e.Event.Timestamp is not null))
        {
            if (previous is { } before && e.Timestamp < before)
            {
                violations.Add(new(name, "timestamp", $"must never go backwards ({e.Timestamp:O} is before {before:O})"));
            }

            // Stryker disable once Equality : at an equal timestamp either one is the latest
            previous = e.Timestamp > previous || previous is null ? e.Timestamp : previous;
        }
    }
}
