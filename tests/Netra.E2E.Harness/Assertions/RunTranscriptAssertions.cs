using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using Netra.E2E.Harness.Analysis;
using Netra.E2E.Harness.Session;

namespace Netra.E2E.Harness.Assertions;

public static class RunTranscriptExtensions
{
    public static RunTranscriptAssertions Should(this RunTranscript run) => new(run);
}

/// <summary>Business checks on one run, each failing with what the user would have seen.</summary>
public sealed class RunTranscriptAssertions(RunTranscript run) : ReferenceTypeAssertions<RunTranscript, RunTranscriptAssertions>(run)
{
    protected override string Identifier => "run";

    public AndConstraint<RunTranscriptAssertions> CompleteSuccessfully(string because = "", params object[] becauseArgs)
    {
        var error = Subject.Error;
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject.Completed && error is null)
            .FailWith("Expected {0} to end with agent_completed{reason}, but it ended with {1}: the user would get no answer.",
                Subject.Describe(), error is null ? "no completion" : $"error {error.String("code")}: {error.String("message")}");
        return new(this);
    }

    public AndConstraint<RunTranscriptAssertions> HaveAllMandatoryEvents()
    {
        var missing = EventNames.Mandatory.Where(t => Subject.Count(t) == 0).ToArray();
        Execute.Assertion
            .ForCondition(missing.Length == 0)
            .FailWith("Expected all five mandatory events, but {0} lacked {1}: the chat UI would show no {1}.", Subject.Describe(), string.Join(", ", missing));
        return new(this);
    }

    public AndConstraint<RunTranscriptAssertions> HaveBusinessValue(int minimumIndicators = BusinessValueReport.Required)
    {
        var report = AnswerAnalysis.Analyze(Subject.AnswerText);
        Execute.Assertion
            .ForCondition(report.Count >= minimumIndicators)
            .FailWith("Expected an answer with business value ({0} or more indicators), but found {1}. Answer: {2}",
                minimumIndicators, report.ToString(), Excerpt(Subject.AnswerText));
        return new(this);
    }

    public AndConstraint<RunTranscriptAssertions> MentionAtLeast(int count, params string[] words)
    {
        var found = AnswerAnalysis.Found(Subject.AnswerText, words);
        Execute.Assertion
            .ForCondition(found.Count >= count)
            .FailWith("Expected the answer to mention at least {0} of {1}, but it mentions only {2}. Answer: {3}",
                count, words, found, Excerpt(Subject.AnswerText));
        return new(this);
    }

    public AndConstraint<RunTranscriptAssertions> QuantifySavings()
    {
        var figures = AnswerAnalysis.DollarFigures(Subject.AnswerText);
        Execute.Assertion
            .ForCondition(figures.Any(f => f > 0))
            .FailWith("Expected savings quantified in dollars, but the answer has no dollar figure that parses. Answer: {0}", Excerpt(Subject.AnswerText));
        return new(this);
    }

    public AndConstraint<RunTranscriptAssertions> QuantifyImprovement()
    {
        var text = Subject.AnswerText.ToLowerInvariant();
        var percentages = AnswerAnalysis.Percentages(Subject.AnswerText);
        var comparison = AnswerAnalysis.Found(text, "before", "after", "current", "optimized", "->", " to ").Count >= 2;
        Execute.Assertion
            .ForCondition(percentages.Count > 0 && comparison)
            .FailWith("Expected a quantified improvement (a percentage and a before/after comparison), but found {0} percentage(s) and {1}. Answer: {2}",
                percentages.Count, comparison ? "a comparison" : "no comparison", Excerpt(Subject.AnswerText));
        return new(this);
    }

    public AndConstraint<RunTranscriptAssertions> HaveMoreWordsThan(int words)
    {
        var count = AnswerAnalysis.WordCount(Subject.Content);
        Execute.Assertion
            .ForCondition(count > words)
            .FailWith("Expected an answer of more than {0} words, but it has {1}. Answer: {2}", words, count, Excerpt(Subject.Content));
        return new(this);
    }

    public AndConstraint<RunTranscriptAssertions> ShowToolActivity()
    {
        var executing = Subject.OfType(EventNames.ToolExecuting).ToArray();
        var completed = Subject.OfType(EventNames.ToolCompleted).ToArray();
        Execute.Assertion
            .ForCondition(executing.Length > 0)
            .FailWith("Expected tool activity, but {0} had no tool_executing: the chat would show no tool activity.", Subject.Describe())
            .Then
            .ForCondition(executing.All(e => !string.IsNullOrWhiteSpace(e.ToolName)))
            .FailWith("Expected every tool_executing to name its tool, but some had no tool_name.")
            .Then
            .ForCondition(completed.Length > 0 && completed.All(e => e.Property("result") is { ValueKind: System.Text.Json.JsonValueKind.Object or System.Text.Json.JsonValueKind.String }))
            .FailWith("Expected every tool_completed to carry a result, but {0} of {1} did not.",
                completed.Count(e => e.Property("result") is null), completed.Length);
        return new(this);
    }

    public AndConstraint<RunTranscriptAssertions> ShowProgress(int minimumThinking = 2)
    {
        var thinking = Subject.OfType(EventNames.AgentThinking).ToArray();
        Execute.Assertion
            .ForCondition(thinking.Length >= minimumThinking)
            .FailWith("Expected at least {0} agent_thinking events (progress), but got {1}.", minimumThinking, thinking.Length)
            .Then
            .ForCondition(thinking.All(e => !string.IsNullOrWhiteSpace(e.String("thought"))))
            .FailWith("Expected every agent_thinking to carry a thought, but one was empty: the chat would show a blank status.");
        return new(this);
    }

    private static string Excerpt(string text) => text.Length <= 400 ? text : text[..400] + "…";
}
