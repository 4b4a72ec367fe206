using Netra.E2E.BusinessValue;
using Netra.E2E.Harness.Verdicts;

namespace Netra.E2E.Harness.Tests.Faults;

/// <summary>
/// One way the backend can behave, the business-value check that meets it, and the verdict it must give: a class and
/// the words that name the break, or no class at all for a backend that is fine however odd it looks.
/// </summary>
public sealed record FaultCase(string Name, string Fault, string Check, FailureClass? Class, string MessageNames)
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
        new("forged token accepted with a test header", "AcceptForgedWithTestHeaders", "forged token with X-Test-Type", FailureClass.Business, "the header X-Test-Type let it bypass authentication"),
        new("forged token accepted with the old user agent", "AcceptForgedWithTestHeaders", "forged token with the old user agent", FailureClass.Business, "the header User-Agent let it bypass authentication"),
        new("refusal echoes the token", "EchoTokenInRefusal", "forged token", FailureClass.Business, "the refusal echoes part of the credential"),
        new("auth switched off", "AuthenticateNobody", "forged token", FailureClass.Business, "opened a chat as demo-user-001: the backend authenticated nobody"),
        new("alive but never runs", "AliveButNeverRuns", "basic flow", FailureClass.Business, "agent execution is broken: the backend is alive (pong in"),
        new("greets, then silent", "GreetsThenSilent", "basic flow", FailureClass.Infrastructure, "the backend stopped responding after the handshake"),
        new("every connection fails", "FailEveryConnection", "basic flow", FailureClass.Infrastructure, "CONNECTION_ERROR"),
        new("never greets", "NeverGreets", "basic flow", FailureClass.Infrastructure, "sent no greeting"),
        new("never upgrades", "NeverUpgrades", "basic flow", FailureClass.Infrastructure, "timed out"),
        new("streams forever", "StreamsForever", "basic flow", FailureClass.Business, "stalled: for"),
        new("side frame to an intruder", "LeakSideFrameToIntruder", "another user's thread", FailureClass.Business, "nothing of the owner's thread may leak"),
        new("answer names the previous caller's spend", "LeakPreviousCallersSpend", "twenty users", FailureClass.Business, "another user's"),
        new("second agent_completed", "SecondCompletion", "basic flow", FailureClass.Business, "must be the last event of its run"),
        new("tool_executing after completion", "ToolAfterCompletion", "basic flow", FailureClass.Business, "must be the last event of its run"),
        new("error after completion", "ErrorAfterCompletion", "basic flow", FailureClass.Business, "must be the last event of its run"),
        new("every event sent twice", "EveryEventTwice", "basic flow", FailureClass.Business, "must be the last event of its run"),
        new("thinking after completion", "ThinkingAfterCompletion", "basic flow", FailureClass.Business, "must be the last event of its run"),
        new("savings of 285 % of the spend", "ImplausibleSavings", "basic flow", FailureClass.Business, "figures that make sense"),
        new("$NaN savings", "NaNSavings", "full pipeline", FailureClass.Business, "savings quantified in dollars"),
        new("one generic answer for every question", "GenericAnswer", "basic flow", FailureClass.Business, "to name \"AWS\""),
        new("a template echoing provider and figure", "EchoTemplate", "optimization agent", FailureClass.Business, "savings quantified in dollars"),
        new("an answer about the wrong provider", "WrongProvider", "basic flow", FailureClass.Business, "to name \"AWS\""),
        new("thread forgotten, saving field omitted", "ForgetThreadQuietly", "multi-turn", FailureClass.Business, "forgot the thread"),
        new("keywords only in tool names and metric keys", "KeywordsOutsideProse", "performance workflow", FailureClass.Business, "to mention at least"),
        new("INTERNAL_ERROR for bad input", "InternalErrorForBadInput", "error recovery", FailureClass.Business, "INVALID_MESSAGE"),
        new("step 99 of 1", "StepBeyondTotal", "basic flow", FailureClass.Business, "step_number must be between 1 and total_steps"),
        new("negative duration", "NegativeDuration", "basic flow", FailureClass.Business, "must not be negative"),
        new("health says ok", "health:StatusOk", "basic flow", null, "healthy by convention"),
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
        ["forged token with X-Test-Type"] = f => new AccessControlTests(f).Forged_token_with_a_test_header_is_refused("X-Test-Type: E2E"),
        ["forged token with the old user agent"] = f => new AccessControlTests(f).Forged_token_with_a_test_header_is_refused("User-Agent: Netra-E2E-Tests/1.0"),
        ["another user's thread"] = f => new ConcurrentIsolationTests(f).Another_users_thread_is_off_limits(),
        ["twenty users"] = f => new ConcurrentIsolationTests(f).Twenty_concurrent_users_receive_only_their_own_runs(),
        ["full pipeline"] = f => new AiOptimizationBusinessValueTests(f).Full_pipeline_cost_analysis_covers_roadmap_and_roi(),
        ["performance workflow"] = f => new AiOptimizationBusinessValueTests(f).Performance_optimization_quantifies_the_improvement(),
        ["optimization agent"] = f => new RealAgentExecutionTests(f).Optimization_agent_sizes_savings_against_the_stated_spend(),
        ["expired token"] = f => new AccessControlTests(f).Expired_token_is_refused(),
    };
}
