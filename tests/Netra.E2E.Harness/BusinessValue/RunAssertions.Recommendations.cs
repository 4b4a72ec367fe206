using FluentAssertions;
using FluentAssertions.Execution;
using Netra.E2E.Harness.Wire.Messages;

namespace Netra.E2E.Harness.BusinessValue;

/// <summary>The answer's recommendations, structured or listed in prose, and follow-ups that build on them.</summary>
public sealed partial class RunAssertions
{
    [CustomAssertion]
    public AndConstraint<RunAssertions> HaveRecommendations(int atLeast, string because = "", params object[] becauseArgs)
    {
        var found = RecommendationRecognizer.In(Subject.Answer);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(found.Count >= atLeast)
            .FailWith("Expected at least {0} recommendations{reason}, but found {1} ({2} structured, the rest listed in the prose). Answer: {3}",
                atLeast, found.Count, Subject.Answer.Recommendations.Count, Excerpt(Subject.Content));
        return new(this);
    }

    /// <summary>
    /// The answer is about an earlier recommendation: it names at least two of the words its title names the subject by
    /// (all of them if it has fewer), in any wording. Pair it with the earlier figure, which no rewording changes.
    /// </summary>
    [CustomAssertion]
    public AndConstraint<RunAssertions> ReferTo(Recommendation earlier, string because = "", params object[] becauseArgs)
    {
        var subject = RecommendationRecognizer.SubjectWords(earlier.Title);
        var named = subject.Intersect(RecommendationRecognizer.SubjectWords(Subject.Content)).ToArray();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(named.Length >= Math.Min(2, subject.Count))
            .FailWith("Expected the answer to be about the earlier recommendation {0}{reason}, but it names only {1} of its subject. Answer: {2}",
                earlier.Title, named, Excerpt(Subject.Content));
        return new(this);
    }
}
