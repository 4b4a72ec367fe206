using System.Globalization;
using FluentAssertions;
using FluentAssertions.Execution;
using Netra.E2E.Harness.BusinessValue.Figures;

namespace Netra.E2E.Harness.BusinessValue;

/// <summary>The figures the answer states, compared as numbers, never as formatted text.</summary>
public sealed partial class RunAssertions
{
    [CustomAssertion]
    public AndConstraint<RunAssertions> QuantifySavings(string because = "", params object[] becauseArgs)
    {
        var figures = FigureRecognizer.Dollars(Subject.Answer.AllText);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(figures.Any(f => f > 0))
            .FailWith("Expected savings quantified in dollars{reason}, but the answer has no dollar figure that parses. Answer: {0}", Excerpt(Subject.Answer.AllText));
        return new(this);
    }

    /// <summary>A positive dollar figure below the spend it is a saving on.</summary>
    [CustomAssertion]
    public AndConstraint<RunAssertions> QuantifySavingsBelow(decimal spend, string because = "", params object[] becauseArgs)
    {
        var figures = FigureRecognizer.Dollars(Subject.Answer.AllText);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(figures.Any(f => f > 0 && f < spend))
            .FailWith("Expected a saving between $0 and {0}{reason}, but the answer's dollar figures are {1}. Answer: {2}",
                Usd(spend), figures.Select(Usd), Excerpt(Subject.Answer.AllText));
        return new(this);
    }

    [CustomAssertion]
    public AndConstraint<RunAssertions> MentionDollarAmount(decimal amount, string because = "", params object[] becauseArgs)
    {
        var figures = FigureRecognizer.Dollars(Subject.Answer.AllText);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(figures.Contains(amount))
            .FailWith("Expected the answer to state {0}{reason}, but its dollar figures are {1}. Answer: {2}",
                Usd(amount), figures.Select(Usd), Excerpt(Subject.Answer.AllText));
        return new(this);
    }

    [CustomAssertion]
    public AndConstraint<RunAssertions> NotMentionDollarAmount(decimal amount, string because = "", params object[] becauseArgs)
    {
        var figures = FigureRecognizer.Dollars(Subject.Answer.AllText);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(!figures.Contains(amount))
            .FailWith("Expected the answer not to state {0}{reason}, but it does. Answer: {1}", Usd(amount), Excerpt(Subject.Answer.AllText));
        return new(this);
    }

    [CustomAssertion]
    public AndConstraint<RunAssertions> QuantifyImprovement(string because = "", params object[] becauseArgs)
    {
        var text = Subject.Answer.AllText.ToLowerInvariant();
        var percentages = FigureRecognizer.Percentages(Subject.Answer.AllText);
        var comparison = Indicators.Found(text, "before", "after", "current", "optimized", "->", " to ").Count >= 2;
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(percentages.Count > 0 && comparison)
            .FailWith("Expected a quantified improvement (a percentage and a before/after comparison){reason}, but found {0} percentage(s) and {1}. Answer: {2}",
                percentages.Count, comparison ? "a comparison" : "no comparison", Excerpt(Subject.Answer.AllText));
        return new(this);
    }

    private static string Usd(decimal amount) => "$" + amount.ToString("#,0.##", CultureInfo.InvariantCulture);
}
