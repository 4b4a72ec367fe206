using System.Globalization;
using FluentAssertions;
using FluentAssertions.Execution;
using Netra.E2E.Harness.BusinessValue.Figures;

namespace Netra.E2E.Harness.BusinessValue;

/// <summary>The figures the answer states, compared as numbers, never as formatted text.</summary>
public sealed partial class RunAssertions
{
    /// <summary>
    /// A saving the answer states itself: a positive dollar figure in a sentence about saving (or a recommendation's
    /// saving), below the spend the user stated; the stated spend, a cost breakdown or "$NaN" are no saving.
    /// </summary>
    [CustomAssertion]
    public AndConstraint<RunAssertions> QuantifySavings(decimal? statedSpend = null, string because = "", params object[] becauseArgs)
    {
        var savings = SavingsFigures(Subject.Answer).Where(f => f > 0 && f != statedSpend && (statedSpend is null || f < statedSpend)).ToArray();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(savings.Length > 0)
            .FailWith("Expected savings quantified in dollars{reason}, but no sentence about saving states a dollar figure of the answer's own (dollar figures: {0}; the user's stated spend does not count). Answer: {1}",
                FigureRecognizer.Dollars(Subject.Answer.Prose) is { Count: > 0 } all ? string.Join(", ", all.Select(Usd)) : "none that parses", Excerpt(Subject.Answer.Prose));
        return new(this);
    }

    /// <summary>
    /// Dollar figures stated as savings: in a sentence that speaks of saving, the figures nearer a saving word than a
    /// word of cost or effort ("about $2,600 of engineering effort against $900 of savings": only $900); and each
    /// recommendation's saving.
    /// </summary>
    private static IEnumerable<decimal> SavingsFigures(Wire.Messages.AgentAnswer answer) =>
        SentenceBreak().Split(answer.Prose)
            .SelectMany(sentence => FigureRecognizer.Recognize(sentence)
                .Where(f => f.Unit == FigureUnit.Dollars && NearestIsSaving(sentence, f))
                .Select(f => f.Value))
            .Concat(answer.Recommendations.Select(r => r.EstimatedMonthlySavingsUsd).OfType<decimal>());

    private static bool NearestIsSaving(string sentence, Figure figure)
    {
        var text = sentence.ToLowerInvariant();
        int Distance(IEnumerable<string> words) => words
            .SelectMany(w => Occurrences(text, w))
            .Select(at => at < figure.Index ? figure.Index - at : at - (figure.Index + figure.Text.Length))
            .DefaultIfEmpty(int.MaxValue).Min();

        var saving = Distance(Vocabulary.WordingsOf("saving"));
        return saving != int.MaxValue && saving < Distance(CostWords);
    }

    private static IEnumerable<int> Occurrences(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    private static readonly string[] CostWords = ["cost", "spend", "effort", "invest", "budget", "bill", "price", "pricing", "expense", "pay "];

    [System.Text.RegularExpressions.GeneratedRegex(@"\n|(?<=[.!?;])\s+")]
    private static partial System.Text.RegularExpressions.Regex SentenceBreak();

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
