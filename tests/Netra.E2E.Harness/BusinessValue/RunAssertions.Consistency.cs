using FluentAssertions;
using FluentAssertions.Execution;

namespace Netra.E2E.Harness.BusinessValue;

/// <summary>
/// Figures that make sense together, whatever the words around them: a saving is positive, finite and below the cost
/// it is part of; projected cost is current cost less savings; a share is between 0 and 100 percent.
/// </summary>
public sealed partial class RunAssertions
{
    [CustomAssertion]
    public AndConstraint<RunAssertions> HaveSensibleFigures(string because = "", params object[] becauseArgs)
    {
        var problems = FigureProblems().ToArray();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(problems.Length == 0)
            .FailWith("Expected figures that make sense{reason}, but {0}. Answer: {1}", string.Join("; ", problems), Excerpt(Subject.Content));
        return new(this);
    }

    private IEnumerable<string> FigureProblems()
    {
        var metrics = Subject.Answer.Metrics;
        foreach (var (name, value) in metrics.Where(m => !double.IsFinite(m.Value)))
        {
            yield return $"{name} is {value}";
        }

        double? Metric(string name) => metrics.TryGetValue(name, out var v) && double.IsFinite(v) ? v : null;
        var current = Metric("current_monthly_cost_usd");
        var savings = Metric("monthly_savings_usd") ?? (Subject.Answer.Recommendations.Any(r => r.EstimatedMonthlySavingsUsd is not null)
            ? (double)Subject.Answer.Recommendations.Sum(r => r.EstimatedMonthlySavingsUsd ?? 0)
            : null);
        var projected = Metric("projected_monthly_cost_usd");

        if (savings is <= 0)
        {
            yield return $"the savings are {savings}, not a positive amount";
        }

        if (current is { } cost && savings is { } saved && saved >= cost)
        {
            yield return $"the savings ({saved:0.##}) are not below the current cost ({cost:0.##})";
        }

        if (current is { } before && savings is { } cut && projected is { } after && Math.Abs(before - cut - after) > Math.Max(1, before * 0.01))
        {
            yield return $"projected cost {after:0.##} is not current cost {before:0.##} less savings {cut:0.##}";
        }

        if (projected is < 0)
        {
            yield return $"the projected cost is negative ({projected:0.##})";
        }

        foreach (var (name, share) in metrics.Where(m => m.Key.EndsWith("_percent", StringComparison.Ordinal) && m.Key.Contains("saving", StringComparison.Ordinal)))
        {
            if (share is < 0 or > 100)
            {
                yield return $"{name} is {share}, not a share between 0 and 100";
            }
        }

        foreach (var r in Subject.Answer.Recommendations.Where(r => r.EstimatedMonthlySavingsUsd is <= 0 || current is { } c && (double?)r.EstimatedMonthlySavingsUsd >= c))
        {
            yield return $"recommendation '{r.Title}' saves {r.EstimatedMonthlySavingsUsd}, not a positive part of the cost";
        }
    }
}
