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
        var savings = SavingsFigures(Subject.Answer).Where(f => f > 0 && (statedSpend is null || f < statedSpend)).ToArray();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(savings.Length > 0)
            .FailWith("Expected savings quantified in dollars{reason}, but no sentence about saving states a dollar figure of the answer's own (dollar figures: {0}; the user's stated spend does not count). Answer: {1}",
                FigureRecognizer.Dollars(Subject.Answer.Prose) is { Count: > 0 } all ? string.Join(", ", all.Select(Usd)) : "none that parses", Excerpt(Subject.Answer.Prose));
        return new(this);
    }

    /// <summary>
    /// Dollar figures stated as savings: each figure belongs to the money word that governs it in its clause (the one
    /// before it, "costs roughly $2,600" or "saving about $900"; else the one after it, "$900 of savings"), and counts
    /// when that word speaks of saving; and each recommendation's saving.
    /// </summary>
    private static IEnumerable<decimal> SavingsFigures(Wire.Messages.AgentAnswer answer) =>
        SentenceBreak().Split(answer.Prose)
            .SelectMany(sentence => FigureRecognizer.Recognize(sentence)
                .Where(f => f.Unit == FigureUnit.Dollars && GovernedBySaving(sentence.ToLowerInvariant(), f))
                .Select(f => f.Value))
            .Concat(answer.Recommendations.Select(r => r.EstimatedMonthlySavingsUsd).OfType<decimal>());

    private static bool GovernedBySaving(string sentence, Figure figure)
    {
        var end = figure.Index + figure.Text.Length;
        var clauseStart = ClauseBreak().Matches(sentence[..figure.Index]).LastOrDefault() is { } opening ? opening.Index + opening.Length : 0;
        var clauseEnd = ClauseBreak().Match(sentence, end) is { Success: true } closing ? closing.Index : sentence.Length;
        var words = MoneyWords
            .SelectMany(w => Occurrences(sentence, w.Word).Where(at => at >= clauseStart && at + w.Word.Length <= clauseEnd).Select(at => (At: at, w.Saving)))
            .ToArray();
        // Stryker disable once Equality : no money word can start where a figure does (a figure starts with a digit or a currency)
        var before = words.Where(w => w.At < figure.Index).OrderByDescending(w => w.At);
        // Stryker disable once Equality : a figure's text is followed by a space or punctuation, never by a money word's first letter
        var after = words.Where(w => w.At >= end).OrderBy(w => w.At);
        return before.Concat(after).Select(w => (bool?)w.Saving).FirstOrDefault() ?? false;
    }

    private static IEnumerable<int> Occurrences(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    // Built on each use rather than once, so mutation testing can change them while tests run.
    private static string[] CostWords => ["cost", "spend", "effort", "invest", "budget", "bill", "price", "pricing", "expense", "pay "];

    private static (string Word, bool Saving)[] MoneyWords =>
        [.. Vocabulary.WordingsOf("saving").Select(w => (w, true)), .. CostWords.Select(w => (w, false))];

    [System.Text.RegularExpressions.GeneratedRegex(@"\n|(?<=[.!?;])\s+")]
    private static partial System.Text.RegularExpressions.Regex SentenceBreak();

    /// <summary>What ends a clause inside a sentence: punctuation, brackets, and the words that join two clauses.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[,;()]| and | but | against | while ")]
    private static partial System.Text.RegularExpressions.Regex ClauseBreak();

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
