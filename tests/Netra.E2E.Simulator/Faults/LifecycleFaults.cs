using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Runs;

namespace Netra.E2E.Simulator.Faults;

/// <summary>
/// One more event of the same run right after its completion, made from the run's events: a second completion
/// (SecondCompletion), an unpaired tool_executing (ToolAfterCompletion), an error (ErrorAfterCompletion), a thought
/// (ThinkingAfterCompletion).
/// </summary>
public sealed class AfterCompletion(IRunPlanner inner, Func<IReadOnlyList<ServerMessage>, AgentCompleted, ServerMessage> late) : PlanFault(inner)
{
    public const string LateTool = "late_tool";

    public static ServerMessage Again(IReadOnlyList<ServerMessage> events, AgentCompleted completed) => completed;

    public static ServerMessage Tool(IReadOnlyList<ServerMessage> events, AgentCompleted completed) =>
        new ToolExecuting(completed.Run, completed.AgentName, LateTool, "Re-check the figures once more");

    public static ServerMessage Error(IReadOnlyList<ServerMessage> events, AgentCompleted completed) =>
        new ErrorMessage(ErrorCode.InternalError, "The agent failed after it had completed.", completed.Run);

    /// <summary>A thought numbered as the run's last, so that only its place is wrong.</summary>
    public static ServerMessage Thought(IReadOnlyList<ServerMessage> events, AgentCompleted completed)
    {
        var total = events.OfType<AgentThinking>().Select(t => t.TotalSteps).DefaultIfEmpty(1).Max();
        return new AgentThinking(completed.Run, completed.AgentName, "Double-checking the answer.", total, total);
    }

    protected override List<ServerMessage> Apply(RunInput input, List<ServerMessage> events)
    {
        var at = events.FindLastIndex(e => e is AgentCompleted);
        if (at >= 0)
        {
            events.Insert(at + 1, late(events, (AgentCompleted)events[at]));
        }

        return events;
    }
}

/// <summary>StepBeyondTotal: the run's own first thought says it is step 99 of 1, in every dialect (the total stated even where it is usually left out).</summary>
public sealed class StepBeyondTotal(IRunPlanner inner) : PlanFault(inner)
{
    public const int Step = 99;
    public const int Total = 1;

    protected override List<ServerMessage> Apply(RunInput input, List<ServerMessage> events)
    {
        var at = events.FindIndex(e => e is AgentThinking { BySubagent: false });
        if (at >= 0)
        {
            events[at] = (AgentThinking)events[at] with { StepNumber = Step, TotalSteps = Total, StatesTotal = true };
        }

        return events;
    }
}

/// <summary>InternalErrorForBadInput, in the plan: a request that is a broken JSON fragment fails its run with INTERNAL_ERROR.</summary>
public sealed class InternalErrorForFragments(IRunPlanner inner) : PlanFault(inner)
{
    protected override List<ServerMessage> Apply(RunInput input, List<ServerMessage> events) => input.Profile.LooksMalformed
        ? [new ErrorMessage(ErrorCode.InternalError, InternalErrorForUnreadableFrames.Message, input.Run)]
        : events;
}
