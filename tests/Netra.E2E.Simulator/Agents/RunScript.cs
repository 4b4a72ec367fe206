namespace Netra.E2E.Simulator.Agents;

public sealed record Recommendation(string Title, string Detail, decimal? EstimatedMonthlySavingsUsd = null, string? Priority = null);

/// <summary>What an agent does in a run, in order, before its answer.</summary>
public abstract record ScriptStep(string AgentName);
public sealed record ThinkingStep(string AgentName, string Thought) : ScriptStep(AgentName);
public sealed record ToolStep(string AgentName, string ToolName, string Purpose, ToolResult Result) : ScriptStep(AgentName);
public sealed record SubagentStartedStep(string AgentName, string ParentAgent) : ScriptStep(AgentName);

/// <param name="Result">What the sub-agent hands back to its parent, when it says.</param>
public sealed record SubagentCompletedStep(string AgentName, string ParentAgent, ToolResult? Result = null) : ScriptStep(AgentName);

/// <summary>An agent's run: its steps, then the facts of its answer (a writer puts them into words).</summary>
public sealed record RunScript(IReadOnlyList<ScriptStep> Steps, AnswerFacts Facts)
{
    public IReadOnlyList<string> ToolsUsed => Steps.OfType<ToolStep>().Select(t => t.ToolName).Distinct().ToArray();
}
