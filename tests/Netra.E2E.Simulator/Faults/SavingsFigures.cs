using System.Text.RegularExpressions;
using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Wording.Paraphrased;

namespace Netra.E2E.Simulator.Faults;

/// <summary>
/// The savings an answer's facts state (each recommendation's, the total, the projected cost, the monthly and yearly
/// return, the share of the spend) and how to write them as NaN in any of the words a writer may have used.
/// </summary>
public sealed class SavingsFigures(IReadOnlyCollection<decimal> dollars, IReadOnlyCollection<decimal> percents)
{
    public const string NaNDollars = "$NaN";
    public const string NaNPercent = "NaN%";

    public static SavingsFigures Of(AnswerFacts facts)
    {
        var dollars = facts.Recommendations.Select(r => r.EstimatedMonthlySavingsUsd).OfType<decimal>().ToList();
        var percents = new List<decimal>();
        switch (facts)
        {
            case CostFacts c:
                Add(c, dollars, percents);
                break;
            case CoordinatedFacts c:
                Add(c.Optimization, dollars, percents);
                break;
            case OpportunityDetailsFacts d:
                dollars.Add(d.MonthlySavings);
                break;
            case TimelineFacts t:
                dollars.AddRange([t.Roi.MonthlySavings, t.Roi.AnnualReturn]);
                break;
        }

        return new(dollars.Distinct().ToArray(), percents.Distinct().ToArray());
    }

    public static bool IsSavingsMetric(string name) => name.Contains("saving", StringComparison.Ordinal) || name.Contains("projected", StringComparison.Ordinal);

    /// <summary>The text with every writing of these figures, in every figure style, replaced by NaN.</summary>
    public string WriteAsNaN(string text)
    {
        foreach (var amount in dollars)
        {
            foreach (var written in Enum.GetValues<MoneyStyle>().Select(style => FigureWording.Usd(amount, style)).Append(Money.Usd(amount)).Distinct())
            {
                text = Replace(text, written, NaNDollars);
            }
        }

        foreach (var percent in percents)
        {
            foreach (var written in Enum.GetValues<PercentStyle>().Select(style => FigureWording.Percent(percent, style)))
            {
                text = Replace(text, written, NaNPercent);
            }
        }

        return text;
    }

    private static void Add(CostFacts c, List<decimal> dollars, List<decimal> percents)
    {
        dollars.AddRange([c.Savings, c.Projected]);
        percents.Add(c.SavingsPercent);
        if (c.Roi is { } roi)
        {
            dollars.AddRange([roi.MonthlySavings, roi.AnnualReturn]);
        }
    }

    // Whole figures only: "$2,250" must not match inside "$12,250" or "$2,250.00".
    private static string Replace(string text, string written, string nan) =>
        Regex.Replace(text, $@"(?<![\d.,$]){Regex.Escape(written)}(?![\d]|[.,]\d)", nan.Replace("$", "$$", StringComparison.Ordinal));
}
