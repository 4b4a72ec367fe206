using System.Globalization;
using System.Text.RegularExpressions;

namespace Netra.E2E.Harness.BusinessValue.Figures;

/// <summary>
/// The figures an answer states, as numbers with a unit, however a writer formats them: "$11,000", "$11k",
/// "$11,000.00", "11,000 USD", "USD 11,000", "US$ 11,000", "11,000 dollars", "$1.2 million"; "15%", "15 percent",
/// "15 per cent". One grammar: an optional currency before, a number with thousands separators and decimals, an
/// optional magnitude, an optional currency or percent after. A figure is never made from words or "NaN".
/// </summary>
public static partial class FigureRecognizer
{
    public static IReadOnlyList<Figure> Recognize(string text) => FigureRegex().Matches(text).Select(ToFigure).OfType<Figure>().ToArray();

    public static IReadOnlyList<decimal> Dollars(string text) => Of(text, FigureUnit.Dollars);

    public static IReadOnlyList<decimal> Percentages(string text) => Of(text, FigureUnit.Percent);

    private static IReadOnlyList<decimal> Of(string text, FigureUnit unit) => Recognize(text).Where(f => f.Unit == unit).Select(f => f.Value).ToArray();

    private static Figure? ToFigure(Match m)
    {
        if (!decimal.TryParse(m.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var before = m.Groups["before"].Success;
        var after = m.Groups["after"].Value.ToLowerInvariant();
        var unit = after.StartsWith("per", StringComparison.Ordinal) || after == "%" ? FigureUnit.Percent
            : before || after.Length > 0 ? FigureUnit.Dollars
            : FigureUnit.Number;
        var magnitude = unit == FigureUnit.Dollars ? Magnitude(m.Groups["magnitude"].Value) : 1;
        return new Figure(value * magnitude, unit, m.Value.Trim(), m.Index);
    }

    private static decimal Magnitude(string word) => word.ToLowerInvariant() switch
    {
        "k" or "thousand" => 1_000m,
        "m" or "mm" or "million" => 1_000_000m,
        "bn" or "b" or "billion" => 1_000_000_000m,
        _ => 1m,
    };

    [GeneratedRegex("""
        (?<before>US\$\s?|\$\s?|\bUSD\s?)?
        (?<![\d.,])(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,]*\d)
        (?:\s?(?<magnitude>k|mm|m|bn|b|thousand|million|billion)\b)?
        (?:\s?(?<after>%|percent\b|per\s?cent\b|USD\b|dollars?\b))?
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase)]
    private static partial Regex FigureRegex();
}
