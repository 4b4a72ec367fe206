using Netra.E2E.Simulator.Threads;

namespace Netra.E2E.Simulator.Agents;

/// <summary>The supervisor: hands the request to other agents, inside its own run, and answers with what they found.</summary>
public static class Supervisor
{
    public const string Name = "supervisor_agent";

    /// <summary>The contract's supervisor: a data agent, then an optimization agent, then one implementation plan.</summary>
    public static RunScript Coordinate(RequestProfile profile)
    {
        const string dataAgent = "unified_data_agent";
        const string optimizationAgent = "optimization_agent";
        var data = DataAnalyst.Analyse(dataAgent, profile with { Scenario = Scenario.None });
        var optimization = CostAnalyst.Analyse(optimizationAgent, profile with { AsksRoadmap = false, AsksRoi = false, Comprehensive = false });

        var steps = new List<ScriptStep> { new ThinkingStep(Name, "Splitting the request: data analysis first, then optimization recommendations, then an implementation plan.") };
        steps.Add(new SubagentStartedStep(dataAgent, Name));
        steps.AddRange(data.Steps);
        steps.Add(new SubagentCompletedStep(dataAgent, Name));
        steps.Add(new SubagentStartedStep(optimizationAgent, Name));
        steps.AddRange(optimization.Steps);
        steps.Add(new SubagentCompletedStep(optimizationAgent, Name));
        steps.Add(new ThinkingStep(Name, "Combining both findings into one implementation plan."));

        var optimizationFacts = (CostFacts)optimization.Facts;
        var facts = new CoordinatedFacts((UsagePatternFacts)data.Facts, optimizationFacts, Roadmap.Of(optimizationFacts.Recommendations))
        {
            Recommendations = optimization.Facts.Recommendations.Concat(data.Facts.Recommendations).ToList(),
            Metrics = optimization.Facts.Metrics.Concat(data.Facts.Metrics).ToDictionary(kv => kv.Key, kv => kv.Value),
        };
        return new RunScript(steps, facts);
    }

    /// <summary>
    /// The deployed backend's supervisor, which every request reaches whatever agent it names: triage classifies the
    /// request, the specialist it names answers, each as a sub-agent inside the supervisor's run; the answer is the specialist's.
    /// </summary>
    public static RunScript Delegate(RequestProfile profile, IReadOnlyList<ThreadTurn> history)
    {
        var intent = Triage.IntentOf(profile);
        var specialistName = Triage.SpecialistFor(intent);
        var specialist = AgentCatalog.Route(specialistName, profile, history, Triage.AnalystFor(intent));

        var steps = new List<ScriptStep>
        {
            new ThinkingStep(Name, "Reading the request and the thread before handing it to triage."),
            new ToolStep(Name, "data_helper", "Gather the context the sub-agents need", new ToolResult
            {
                ["provider"] = profile.Provider.Name,
                ["earlier_turns"] = history.Count,
                ["request_summary"] = Summary(profile.Text),
            }),
            new SubagentStartedStep(AgentCatalog.TriageAgent, Name),
            new ThinkingStep(AgentCatalog.TriageAgent, $"Classifying the request: {Triage.NameOf(intent).Replace('_', ' ')}."),
            new SubagentCompletedStep(AgentCatalog.TriageAgent, Name, new ToolResult { ["intent"] = Triage.NameOf(intent), ["routed_to"] = specialistName }),
            new SubagentStartedStep(specialistName, Name),
        };
        steps.AddRange(specialist.Steps);
        steps.Add(new SubagentCompletedStep(specialistName, Name, new ToolResult
        {
            ["recommendations"] = specialist.Facts.Recommendations.Count,
            ["tools_used"] = specialist.ToolsUsed,
        }));
        steps.Add(new ThinkingStep(Name, $"Writing the answer from {specialistName}'s findings."));
        return new RunScript(steps, specialist.Facts);
    }

    private static string Summary(string text) => text.Length <= 120 ? text : text[..117] + "...";
}
