using System.Text;

namespace Netra.E2E.Simulator.Agents;

/// <summary>The supervisor hands the request to a data agent and an optimization agent, then writes an implementation plan.</summary>
public static class Supervisor
{
    public const string Name = "supervisor_agent";

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

        var text = new StringBuilder();
        text.AppendLine("Comprehensive system analysis, coordinated across a data agent and an optimization agent.");
        text.AppendLine("Data analysis:").AppendLine(data.Answer.Content);
        text.AppendLine("Optimization recommendations:").AppendLine(optimization.Answer.Content);
        CostAnalyst.AppendRoadmap(text, optimization.Answer.Recommendations);

        var metrics = optimization.Answer.Metrics.Concat(data.Answer.Metrics).ToDictionary(kv => kv.Key, kv => kv.Value);
        var recommendations = optimization.Answer.Recommendations.Concat(data.Answer.Recommendations).ToList();
        return new RunScript(steps, new AgentAnswer(text.ToString().TrimEnd(), recommendations, metrics));
    }
}
