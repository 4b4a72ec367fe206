namespace Netra.E2E.Simulator.Agents;

public sealed record Recommendation(string Title, string Detail, decimal? EstimatedMonthlySavingsUsd = null, string? Priority = null);

/// <summary>The business value of a run, as facts; a dialect puts them into words and fields.</summary>
public sealed record AgentAnswer(string Content, IReadOnlyList<Recommendation> Recommendations, IReadOnlyDictionary<string, double> Metrics)
{
    public static readonly AgentAnswer Empty = new("Request processed.", [], new Dictionary<string, double>());
}

/// <summary>What an agent does in a run, in order, before its answer.</summary>
public abstract record ScriptStep(string AgentName);
public sealed record ThinkingStep(string AgentName, string Thought) : ScriptStep(AgentName);
public sealed record ToolStep(string AgentName, string ToolName, string Purpose, ToolResult Result) : ScriptStep(AgentName);
public sealed record SubagentStartedStep(string AgentName, string ParentAgent) : ScriptStep(AgentName);
public sealed record SubagentCompletedStep(string AgentName, string ParentAgent) : ScriptStep(AgentName);

public sealed record RunScript(IReadOnlyList<ScriptStep> Steps, AgentAnswer Answer)
{
    public IReadOnlyList<string> ToolsUsed => Steps.OfType<ToolStep>().Select(t => t.ToolName).Distinct().ToArray();
}
