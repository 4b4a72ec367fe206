using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Threads;
using Netra.E2E.Simulator.Wording;

namespace Netra.E2E.Simulator.Runs;

/// <param name="Routing">Whether the agent named is the one that answers, or the supervisor answers whatever was named.</param>
public sealed record RunInput(RunScope Run, string? AgentName, RequestProfile Profile, IReadOnlyList<ThreadTurn> History, AgentRouting Routing = AgentRouting.ByName);

/// <param name="Events">What the client is sent, in order.</param>
/// <param name="Facts">What the thread remembers of the run, whatever the events say.</param>
public sealed record RunPlan(IReadOnlyList<ServerMessage> Events, AnswerFacts Facts);

/// <summary>Plans a run's events; faults decorate it.</summary>
public interface IRunPlanner
{
    /// <summary>The run's plan, or null when no agent has the requested name.</summary>
    RunPlan? Plan(RunInput input);
}

/// <summary>The neutral event plan: the agent's script as the protocol's sequence of typed events, its facts put into words.</summary>
public sealed class EventPlanner(IAgentDirectory agents, IAnswerWriter writer) : IRunPlanner
{
    public RunPlan? Plan(RunInput input)
    {
        var (agentName, script) = input.Routing == AgentRouting.Supervisor
            ? (Supervisor.Name, agents.Supervise(input.Profile, input.History))
            : (AgentCatalog.ResolveName(input.AgentName), agents.Plan(input.AgentName, input.Profile, input.History));
        return script is null ? null : new RunPlan(Events(input.Run, agentName, script, writer.Write(script.Facts)), script.Facts);
    }

    /// <summary>The events of a run whose own agent is <paramref name="agentName"/>; other agents' events are a sub-agent's.</summary>
    public static IReadOnlyList<ServerMessage> Events(RunScope run, string agentName, RunScript script, AgentAnswer answer)
    {
        var thinkingTotal = script.Steps.OfType<ThinkingStep>().Count();
        var thinkingIndex = 0;
        var events = new List<ServerMessage> { new AgentStarted(run, agentName) };
        foreach (var step in script.Steps)
        {
            var bySubagent = step.AgentName != agentName;
            switch (step)
            {
                case ThinkingStep t:
                    events.Add(new AgentThinking(run, t.AgentName, t.Thought, ++thinkingIndex, thinkingTotal) { BySubagent = bySubagent });
                    break;
                case ToolStep tool:
                    events.Add(new ToolExecuting(run, tool.AgentName, tool.ToolName, tool.Purpose) { BySubagent = bySubagent });
                    events.Add(new ToolCompleted(run, tool.AgentName, tool.ToolName, tool.Result) { BySubagent = bySubagent });
                    break;
                case SubagentStartedStep s:
                    events.Add(new SubagentStarted(run, s.AgentName, s.ParentAgent) { BySubagent = true });
                    break;
                case SubagentCompletedStep s:
                    events.Add(new SubagentCompleted(run, s.AgentName, s.ParentAgent, s.Result) { BySubagent = true });
                    break;
            }
        }

        events.Add(new AgentCompleted(run, agentName, 0, answer, script.ToolsUsed));
        return events;
    }
}
