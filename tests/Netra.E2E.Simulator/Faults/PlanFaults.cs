using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Runs;
using Netra.E2E.Simulator.Wording;

namespace Netra.E2E.Simulator.Faults;

/// <summary>A fault that breaks a correct event plan the way a regressed backend would.</summary>
public abstract class PlanFault(IRunPlanner inner) : IRunPlanner
{
    public RunPlan? Plan(RunInput input) =>
        inner.Plan(input) is { } plan ? plan with { Events = Apply(input, [.. plan.Events]) } : null;

    protected abstract List<ServerMessage> Apply(RunInput input, List<ServerMessage> events);
}

/// <summary>The agent answers as if the thread had no earlier turns.</summary>
public sealed class IgnoreThreadContext(IRunPlanner inner) : IRunPlanner
{
    public RunPlan? Plan(RunInput input) => inner.Plan(input with { History = [] });
}

/// <summary>WrongProvider: the agent answers about the next provider round (AWS to Azure, Azure to GCP, GCP to AWS, none to AWS).</summary>
public sealed class WrongProvider(IRunPlanner inner) : IRunPlanner
{
    public RunPlan? Plan(RunInput input) => inner.Plan(input with { Profile = input.Profile with { Provider = Other(input.Profile.Provider) } });

    public static CloudProvider Other(CloudProvider asked) =>
        asked == CloudProvider.Aws ? CloudProvider.Azure : asked == CloudProvider.Azure ? CloudProvider.Gcp : CloudProvider.Aws;
}

public sealed class NoBusinessValue(IRunPlanner inner) : PlanFault(inner)
{
    protected override List<ServerMessage> Apply(RunInput input, List<ServerMessage> events) =>
        events.Select(e => e is AgentCompleted completed ? completed with { Answer = AgentAnswer.Empty } : e).ToList();
}

public sealed class Omit<TEvent>(IRunPlanner inner) : PlanFault(inner) where TEvent : RunEvent
{
    protected override List<ServerMessage> Apply(RunInput input, List<ServerMessage> events)
    {
        events.RemoveAll(e => e is TEvent);
        return events;
    }
}

/// <summary>The first two events change places.</summary>
public sealed class EventsOutOfOrder(IRunPlanner inner) : PlanFault(inner)
{
    protected override List<ServerMessage> Apply(RunInput input, List<ServerMessage> events)
    {
        if (events.Count > 1)
        {
            (events[0], events[1]) = (events[1], events[0]);
        }

        return events;
    }
}

/// <summary>A tool_completed for a tool that never started, naming no thread, second in the run.</summary>
public sealed class OrphanToolCompleted(IRunPlanner inner) : PlanFault(inner)
{
    protected override List<ServerMessage> Apply(RunInput input, List<ServerMessage> events)
    {
        if (events is [RunEvent first, ..])
        {
            events.Insert(1, new ToolCompleted(input.Run, first.AgentName, "ghost_tool", new ToolResult()) { ThreadId = null });
        }

        return events;
    }
}

/// <summary>A frame no client can use (cut off, or far too large), third in the run.</summary>
public sealed class InsertBrokenFrame(IRunPlanner inner, ServerMessage broken) : PlanFault(inner)
{
    protected override List<ServerMessage> Apply(RunInput input, List<ServerMessage> events)
    {
        events.Insert(Math.Min(2, events.Count), broken);
        return events;
    }
}

/// <summary>The run's completion arrives under a type name no client knows.</summary>
public sealed class MisnameAgentCompleted(IRunPlanner inner) : PlanFault(inner)
{
    protected override List<ServerMessage> Apply(RunInput input, List<ServerMessage> events)
    {
        var last = events.FindLastIndex(e => e is AgentCompleted);
        if (last >= 0)
        {
            events[last] = new MisnamedEvent((AgentCompleted)events[last]);
        }

        return events;
    }
}

/// <summary>The tool events name another thread than the rest of the run.</summary>
public sealed class MismatchedThreadId(IRunPlanner inner) : PlanFault(inner)
{
    protected override List<ServerMessage> Apply(RunInput input, List<ServerMessage> events) =>
        events.Select(e => e is ToolExecuting or ToolCompleted ? ((RunEvent)e) with { ThreadId = "thread_of_someone_else" } : e).ToList();
}

/// <summary>A valid request gets one error instead of its run.</summary>
public sealed class ErrorForValidRequest(IRunPlanner inner) : PlanFault(inner)
{
    protected override List<ServerMessage> Apply(RunInput input, List<ServerMessage> events) =>
        [new ErrorMessage(ErrorCode.InternalError, "The agent failed.", input.Run)];
}
