using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Threads;

namespace Netra.E2E.Simulator.Runs;

public sealed record RunInput(RunScope Run, string? AgentName, RequestProfile Profile, IReadOnlyList<ThreadTurn> History);

/// <param name="Events">What the client is sent, in order.</param>
/// <param name="Answer">What the thread remembers of the run, whatever the events say.</param>
public sealed record RunPlan(IReadOnlyList<ServerMessage> Events, AgentAnswer Answer);

/// <summary>Plans a run's events; faults decorate it.</summary>
public interface IRunPlanner
{
    /// <summary>The run's plan, or null when no agent has the requested name.</summary>
    RunPlan? Plan(RunInput input);
}

/// <summary>The neutral event plan: the agent's script as the protocol's sequence of typed events.</summary>
public sealed class EventPlanner(IAgentDirectory agents) : IRunPlanner
{
    public RunPlan? Plan(RunInput input)
    {
        var script = agents.Plan(input.AgentName, input.Profile, input.History);
        return script is null ? null : new RunPlan(Events(input.Run, AgentCatalog.ResolveName(input.AgentName), script), script.Answer);
    }

    public static IReadOnlyList<ServerMessage> Events(RunScope run, string agentName, RunScript script)
    {
        var thinkingTotal = script.Steps.OfType<ThinkingStep>().Count();
        var thinkingIndex = 0;
        var events = new List<ServerMessage> { new AgentStarted(run, agentName) };
        foreach (var step in script.Steps)
        {
            switch (step)
            {
                case ThinkingStep t:
                    events.Add(new AgentThinking(run, t.AgentName, t.Thought, ++thinkingIndex, thinkingTotal));
                    break;
                case ToolStep tool:
                    events.Add(new ToolExecuting(run, tool.AgentName, tool.ToolName, tool.Purpose));
                    events.Add(new ToolCompleted(run, tool.AgentName, tool.ToolName, tool.Result));
                    break;
                case SubagentStartedStep s:
                    events.Add(new SubagentStarted(run, s.AgentName, s.ParentAgent));
                    break;
                case SubagentCompletedStep s:
                    events.Add(new SubagentCompleted(run, s.AgentName, s.ParentAgent));
                    break;
            }
        }

        events.Add(new AgentCompleted(run, agentName, 0, script.Answer, script.ToolsUsed));
        return events;
    }
}
