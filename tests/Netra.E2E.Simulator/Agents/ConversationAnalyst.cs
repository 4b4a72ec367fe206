using System.Text;
using Netra.E2E.Simulator.Threads;

namespace Netra.E2E.Simulator.Agents;

/// <summary>Answers that depend on the thread or on a request that cannot be served as asked.</summary>
public static class ConversationAnalyst
{
    public static RunScript FollowUp(string agentName, RequestProfile profile, IReadOnlyList<ThreadTurn> history)
    {
        var earlier = history.LastOrDefault(t => t.Answer.Recommendations.Count > 0);
        if (earlier is null)
        {
            return Simple(agentName, "recall_thread",
                "There is no earlier answer in this thread to refer to. Ask for a cost or performance analysis first, and I will then detail any opportunity or its ROI.");
        }

        var recommendations = earlier.Answer.Recommendations;
        var first = recommendations[0];
        var text = new StringBuilder();
        if (profile.FollowUp == FollowUpKind.OpportunityDetails)
        {
            var savings = first.EstimatedMonthlySavingsUsd ?? 0;
            text.AppendLine($"More details on the first opportunity from my previous answer, \"{first.Title}\" ({Money.Usd(savings)}/month):");
            text.AppendLine(first.Detail);
            text.AppendLine($"Steps: 1. list the affected resources and their utilisation; 2. implement the change in staging for one week; 3. roll it out and confirm the {Money.Usd(savings)} monthly saving on the next bill.");
            text.AppendLine("Risk is low: the change is reversible and keeps capacity for peaks.");
        }
        else
        {
            var total = recommendations.Sum(r => r.EstimatedMonthlySavingsUsd ?? 0);
            text.AppendLine($"Implementation timeline and expected ROI for the {recommendations.Count} opportunities we discussed:");
            CostAnalyst.AppendRoadmap(text, recommendations);
            CostAnalyst.AppendRoi(text, total);
        }

        var metrics = new Dictionary<string, double>(earlier.Answer.Metrics);
        return new RunScript(
        [
            new ThinkingStep(agentName, $"Recalling my earlier answer in this thread: {recommendations.Count} opportunities, first \"{first.Title}\"."),
            new ToolStep(agentName, "recall_thread", "Load the earlier answer", new ToolResult { ["turns"] = history.Count, ["first_opportunity"] = first.Title }),
            new ThinkingStep(agentName, "Expanding on it as asked."),
        ], new AgentAnswer(text.ToString().TrimEnd(), recommendations, metrics));
    }

    public static RunScript ServiceNotFound(string agentName, RequestProfile profile) => Simple(agentName, "service_lookup",
        $"I cannot find a service named '{profile.UnknownService}' in your account, so there is nothing to optimize for it. " +
        "Check the service name, or ask for an analysis of all services.");

    public static RunScript Clarify(string agentName) => Simple(agentName, "request_parser",
        "I could not interpret the request: it looks like an incomplete JSON fragment rather than a question. " +
        "Describe what you want analysed, for example \"Analyze my AWS costs\".");

    private static RunScript Simple(string agentName, string tool, string content) => new(
    [
        new ThinkingStep(agentName, "Checking what the request refers to."),
        new ToolStep(agentName, tool, "Look the request up", new ToolResult { ["found"] = false }),
        new ThinkingStep(agentName, "Explaining what is missing."),
    ], new AgentAnswer(content, [], new Dictionary<string, double>()));
}
