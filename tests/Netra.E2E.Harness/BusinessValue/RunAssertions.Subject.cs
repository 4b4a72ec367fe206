using System.Text.RegularExpressions;
using FluentAssertions;
using FluentAssertions.Execution;

namespace Netra.E2E.Harness.BusinessValue;

/// <summary>Whether the answer is about what was asked: the provider named in the question, the opportunity asked about.</summary>
public sealed partial class RunAssertions
{
    [CustomAssertion]
    public AndConstraint<RunAssertions> NameProvider(string provider, string because = "", params object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Names(Subject.Content, provider))
            .FailWith("Expected the answer to name {0}{reason}, but it does not. Answer: {1}", provider, Excerpt(Subject.Content));
        return new(this);
    }

    [CustomAssertion]
    public AndConstraint<RunAssertions> NotNameProvider(string provider, string because = "", params object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(!Names(Subject.Content, provider))
            .FailWith("Expected the answer not to name {0}{reason}, but it does. Answer: {1}", provider, Excerpt(Subject.Content));
        return new(this);
    }

    /// <summary>Names the provider in any case or long form ("aws", "Amazon Web Services").</summary>
    private static bool Names(string text, string provider) =>
        Vocabulary.NamesOf(provider).Any(name => Regex.IsMatch(text, $@"\b{Regex.Escape(name)}\b", RegexOptions.IgnoreCase));
}
