using Netra.E2E.BusinessValue;
using Netra.E2E.Harness.Verdicts;

namespace Netra.E2E.Harness.Tests.Faults;

/// <summary>One way the backend can break, the business-value check that must catch it, and the verdict it must give.</summary>
public sealed record FaultCase(string Name, string Fault, string Check, FailureClass Class, string MessageNames)
{
    /// <summary>A health fault breaks the probe, not a connection.</summary>
    public string? HealthFault => Fault.StartsWith("health:", StringComparison.Ordinal) ? Fault["health:".Length..] : null;

    public override string ToString() => Name;
}

/// <summary>The expectations table: every fault of the simulator, data-driven (read it like a conformance table).</summary>
public static class FaultMatrix
{
    public static readonly IReadOnlyList<FaultCase> Cases =
    [
        new("agent_started missing", "OmitAgentStarted", "basic flow", FailureClass.Business, "agent_started"),
        new("agent_thinking missing", "OmitAgentThinking", "basic flow", FailureClass.Business, "agent_thinking"),
        new("tool_executing missing", "OmitToolExecuting", "basic flow", FailureClass.Business, "tool_executing"),
        new("tool_completed missing", "OmitToolCompleted", "basic flow", FailureClass.Business, "tool_completed"),
        new("agent_completed missing", "OmitAgentCompleted", "basic flow", FailureClass.Business, "did not complete"),
        new("events out of order", "EventsOutOfOrder", "status events", FailureClass.Business, "agent_started must be the first event"),
        new("tool_completed without tool_executing", "OrphanToolCompleted", "tool transparency", FailureClass.Business, "completed without an earlier tool_executing"),
        new("answer without business value", "NoBusinessValue", "basic flow", FailureClass.Business, "business value"),
        new("thread context ignored", "IgnoreThreadContext", "multi-turn", FailureClass.Business, "forgot the thread"),
        new("other users' events leaked", "LeakOtherUsersEvents", "concurrent users", FailureClass.Business, "another user's event"),
        new("error for a valid request", "ErrorForValidRequest", "basic flow", FailureClass.Business, "INTERNAL_ERROR"),
        new("no error for an invalid request", "NoErrorForInvalidRequest", "error recovery", FailureClass.Business, "must be flagged"),
        new("forged token accepted", "AcceptInvalidTokens", "forged token", FailureClass.Business, "forged token must never open a chat"),
        new("expired token accepted", "AcceptInvalidTokens", "expired token", FailureClass.Business, "expired token must never open a chat"),
        new("socket closed mid-run", "CloseMidRun", "basic flow", FailureClass.Infrastructure, "socket dropped"),
        new("malformed JSON frame", "MalformedFrame", "basic flow", FailureClass.Business, "must be a JSON object with a string type"),
        new("oversized frame", "OversizedFrame", "basic flow", FailureClass.Business, "over the client's"),
        new("unknown event type", "UnknownEventType", "basic flow", FailureClass.Business, "agent_complete "),
        new("stall: open, answers pings, no run", "Stall", "basic flow", FailureClass.Business, "agent execution is broken"),
        new("events slower than the deadline", "SlowEvents", "basic flow", FailureClass.Business, "did not complete"),
        new("timestamps going backwards", "TimestampsBackwards", "basic flow", FailureClass.Business, "must never go backwards"),
        new("thread id changing mid-run", "MismatchedThreadId", "basic flow", FailureClass.Business, "thread_id must stay"),
        new("the simulator itself throws", "ServerException", "basic flow", FailureClass.Infrastructure, "the simulator itself failed"),
        new("health answers 503", "health:ServiceUnavailable", "basic flow", FailureClass.Infrastructure, "HTTP 503"),
        new("health 200 with an unhealthy body", "health:UnhealthyBody", "basic flow", FailureClass.Infrastructure, "status 'unhealthy'"),
        new("health never answers", "health:NeverAnswers", "basic flow", FailureClass.Infrastructure, "no answer within"),
    ];

    /// <summary>The business-value checks, called as the suite calls them, on a fixture wired to a faulty backend.</summary>
    public static readonly IReadOnlyDictionary<string, Func<NetraBackendFixture, Task>> Checks = new Dictionary<string, Func<NetraBackendFixture, Task>>
    {
        ["basic flow"] = f => new AiOptimizationBusinessValueTests(f).Basic_optimization_flow_delivers_all_events_and_cost_recommendations(),
        ["multi-turn"] = f => new AiOptimizationBusinessValueTests(f).Multi_turn_conversation_refers_back_to_earlier_answers(),
        ["concurrent users"] = f => new AiOptimizationBusinessValueTests(f).Concurrent_users_are_isolated(),
        ["status events"] = f => new AiOptimizationBusinessValueTests(f).Status_events_arrive_in_real_time(),
        ["tool transparency"] = f => new AiOptimizationBusinessValueTests(f).Tool_execution_is_transparent(),
        ["error recovery"] = f => new AiOptimizationBusinessValueTests(f).Errors_are_reported_and_the_connection_recovers(),
        ["forged token"] = f => new AccessControlTests(f).Forged_token_is_refused(),
        ["expired token"] = f => new AccessControlTests(f).Expired_token_is_refused(),
    };
}
