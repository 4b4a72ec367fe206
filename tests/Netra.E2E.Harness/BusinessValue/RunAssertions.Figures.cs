using System.Globalization;
using FluentAssertions;
using FluentAssertions.Execution;
using Netra.E2E.Harness.BusinessValue.Figures;

namespace Netra.E2E.Harness.BusinessValue;

/// <summary>The figures the answer states, compared as numbers, never as formatted text.</summary>
public sealed partial class RunAssertions
{
    /// <summary>
    /// A positive dollar figure of the answer's own: the spend the user stated is the question's figure, not a saving,
    /// and a saving is below it.
    /// </summary>
    [CustomAssertion]
    public AndConstraint<RunAssertions> QuantifySavings(decimal? statedSpend = null, string because = "", params object[] becauseArgs)
    {
        var figures = FigureRecognizer.Dollars(Subject.Answer.Prose);
        var own = figures.Where(f => f > 0 && f != statedSpend && (statedSpend is null || f < statedSpend)).ToArray();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(own.Length > 0)
            .FailWith("Expected savings quantified in dollars{reason}, but the answer has no dollar figure of its own ({0}; the user's stated spend does not count). Answer: {1}",
                figures.Count == 0 ? "none that parses" : string.Join(", ", figures.Select(Usd)), Excerpt(Subject.Answer.Prose));
        return new(this);
    }

    [CustomAssertion]
    public AndConstraint<RunAssertions> MentionDollarAmount(decimal amount, string because = "", params object[] becauseArgs)
    {
        var figures = FigureRecognizer.Dollars(Subject.Answer.Prose);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(figures.Contains(amount))
            .FailWith("Expected the answer to state {0}{reason}, but its dollar figures are {1}. Answer: {2}",
                Usd(amount), figures.Select(Usd), Excerpt(Subject.Answer.Prose));
        return new(this);
    }

    [CustomAssertion]
    public AndConstraint<RunAssertions> NotMentionDollarAmount(decimal amount, string because = "", params object[] becauseArgs)
    {
        var figures = FigureRecognizer.Dollars(Subject.Answer.Prose);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(!figures.Contains(amount))
            .FailWith("Expected the answer not to state {0}{reason}, but it does. Answer: {1}", Usd(amount), Excerpt(Subject.Answer.Prose));
        return new(this);
    }

    [CustomAssertion]
    public AndConstraint<RunAssertions> QuantifyImprovement(string because = "", params object[] becauseArgs)
    {
        var text = Subject.Answer.Prose.ToLowerInvariant();
        var percentages = FigureRecognizer.Percentages(Subject.Answer.Prose);
        var comparison = Indicators.Found(text, "before", "after", "current", "optimized", "->", " to ").Count >= 2;
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(percentages.Count > 0 && comparison)
            .FailWith("Expected a quantified improvement (a percentage and a before/after comparison){reason}, but found {0} percentage(s) and {1}. Answer: {2}",
                percentages.Count, comparison ? "a comparison" : "no comparison", Excerpt(Subject.Answer.Prose));
        return new(this);
    }

    private static string Usd(decimal amount) => "$" + amount.ToString("#,0.##", CultureInfo.InvariantCulture);
}
