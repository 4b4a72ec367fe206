using Netra.E2E.Simulator.Threads;

namespace Netra.E2E.Simulator.Agents;

/// <summary>Answers that depend on the thread or on a request that cannot be served as asked.</summary>
public static class ConversationAnalyst
{
    public static RunScript FollowUp(string agentName, RequestProfile profile, IReadOnlyList<ThreadTurn> history)
    {
        var earlier = history.LastOrDefault(t => t.Facts.Recommendations.Count > 0);
        if (earlier is null)
        {
            return Simple(agentName, "recall_thread", new NoEarlierAnswerFacts());
        }

        var recommendations = earlier.Facts.Recommendations;
        var first = recommendations[0];
        AnswerFacts facts = profile.FollowUp == FollowUpKind.OpportunityDetails
            ? new OpportunityDetailsFacts(first)
            : new TimelineFacts(Roadmap.Of(recommendations), ReturnOnInvestment.Of(recommendations.Sum(r => r.EstimatedMonthlySavingsUsd ?? 0)));

        return new RunScript(
        [
            new ThinkingStep(agentName, $"Recalling my earlier answer in this thread: {recommendations.Count} opportunities, first \"{first.Title}\"."),
            new ToolStep(agentName, "recall_thread", "Load the earlier answer", new ToolResult { ["turns"] = history.Count, ["first_opportunity"] = first.Title }),
            new ThinkingStep(agentName, "Expanding on it as asked."),
        ], facts with { Recommendations = recommendations, Metrics = new Dictionary<string, double>(earlier.Facts.Metrics) });
    }

    public static RunScript ServiceNotFound(string agentName, RequestProfile profile) =>
        Simple(agentName, "service_lookup", new ServiceNotFoundFacts(profile.UnknownService!));

    public static RunScript Clarify(string agentName) => Simple(agentName, "request_parser", new UnclearRequestFacts());

    private static RunScript Simple(string agentName, string tool, AnswerFacts facts) => new(
    [
        new ThinkingStep(agentName, "Checking what the request refers to."),
        new ToolStep(agentName, tool, "Look the request up", new ToolResult { ["found"] = false }),
        new ThinkingStep(agentName, "Explaining what is missing."),
    ], facts);
}
