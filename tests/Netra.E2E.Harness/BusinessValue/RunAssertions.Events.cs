using FluentAssertions;
using FluentAssertions.Execution;
using Netra.E2E.Harness.Wire.Messages;

namespace Netra.E2E.Harness.BusinessValue;

/// <summary>What the chat UI shows while the run streams: the mandatory events, tools and progress.</summary>
public sealed partial class RunAssertions
{
    [CustomAssertion]
    public AndConstraint<RunAssertions> CompleteSuccessfully(string because = "", params object[] becauseArgs)
    {
        var error = Subject.Error;
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject.Completed && error is null)
            .FailWith("Expected {0} to end with agent_completed{reason}, but it ended with {1}: the user would get no answer.",
                Subject.Describe(), error is null ? "no completion" : $"error {error.ErrorCode}: {error.ErrorMessage}");
        return new(this);
    }

    [CustomAssertion]
    public AndConstraint<RunAssertions> HaveAllMandatoryEvents(string because = "", params object[] becauseArgs)
    {
        var missing = EventNames.Mandatory.Where(t => Subject.Count(t) == 0).ToArray();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(missing.Length == 0)
            .FailWith("Expected all five mandatory events{reason}, but {0} lacked {1}: the chat UI would show no {1}.", Subject.Describe(), string.Join(", ", missing));
        return new(this);
    }

    [CustomAssertion]
    public AndConstraint<RunAssertions> ShowToolActivity(string because = "", params object[] becauseArgs)
    {
        var executing = Subject.OfType(EventNames.ToolExecuting).ToArray();
        var completed = Subject.OfType(EventNames.ToolCompleted).ToArray();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(executing.Length > 0)
            .FailWith("Expected tool activity{reason}, but {0} had no tool_executing: the chat would show no tool activity.", Subject.Describe())
            .Then
            .ForCondition(executing.All(e => !string.IsNullOrWhiteSpace(e.ToolName)))
            .FailWith("Expected every tool_executing to name its tool{reason}, but some had no tool_name.")
            .Then
            .ForCondition(completed.Length > 0 && completed.All(e => e.ToolResult is not null))
            .FailWith("Expected every tool_completed to carry a result{reason}, but {0} of {1} did not.",
                completed.Count(e => e.ToolResult is null), completed.Length);
        return new(this);
    }

    [CustomAssertion]
    public AndConstraint<RunAssertions> ShowProgress(int minimumThinking = 2, string because = "", params object[] becauseArgs)
    {
        var thinking = Subject.OfType(EventNames.AgentThinking).ToArray();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(thinking.Length >= minimumThinking)
            .FailWith("Expected at least {0} agent_thinking events (progress){reason}, but got {1}.", minimumThinking, thinking.Length)
            .Then
            .ForCondition(thinking.All(e => !string.IsNullOrWhiteSpace(e.Thought)))
            .FailWith("Expected every agent_thinking to carry a thought{reason}, but one was empty: the chat would show a blank status.");
        return new(this);
    }
}
