using FluentAssertions;
using FluentAssertions.Execution;

namespace Netra.E2E.Harness.BusinessValue;

/// <summary>Whether the answer is worth something: indicators, the words the catalogue expects, its length.</summary>
public sealed partial class RunAssertions
{
    [CustomAssertion]
    public AndConstraint<RunAssertions> HaveBusinessValue(int minimumIndicators = BusinessValueReport.Required, string because = "", params object[] becauseArgs)
    {
        var report = Indicators.Analyze(Subject.Answer.Prose);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(report.Count >= minimumIndicators)
            .FailWith("Expected an answer with business value ({0} or more indicators){reason}, but found {1}. Answer: {2}",
                minimumIndicators, report.ToString(), Excerpt(Subject.Answer.Prose));
        return new(this);
    }

    [CustomAssertion]
    public AndConstraint<RunAssertions> MentionAtLeast(int count, params string[] words) => MentionAtLeast(count, words, "");

    [CustomAssertion]
    public AndConstraint<RunAssertions> MentionAtLeast(int count, string[] words, string because, params object[] becauseArgs)
    {
        var found = Indicators.Found(Subject.Answer.Prose, words);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(found.Count >= count)
            .FailWith("Expected the answer to mention at least {0} of {1}{reason}, but it mentions only {2}. Answer: {3}",
                count, words, found, Excerpt(Subject.Answer.Prose));
        return new(this);
    }

    [CustomAssertion]
    public AndConstraint<RunAssertions> HaveMoreWordsThan(int words, string because = "", params object[] becauseArgs)
    {
        var count = Indicators.WordCount(Subject.Content);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(count > words)
            .FailWith("Expected an answer of more than {0} words{reason}, but it has {1}. Answer: {2}", words, count, Excerpt(Subject.Content));
        return new(this);
    }
}
