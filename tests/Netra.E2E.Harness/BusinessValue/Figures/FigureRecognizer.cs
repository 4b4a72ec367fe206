using System.Globalization;
using System.Text.RegularExpressions;

namespace Netra.E2E.Harness.BusinessValue.Figures;

/// <summary>The figures an answer states: dollar amounts and percentages, as numbers, whatever their formatting.</summary>
public static partial class FigureRecognizer
{
    /// <summary>Dollar figures that parse, e.g. "$4,500" or "$1.2k".</summary>
    public static IReadOnlyList<decimal> Dollars(string text) => DollarRegex().Matches(text)
        .Select(m => decimal.Parse(m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) * (m.Groups[2].Success ? 1000 : 1))
        .ToArray();

    public static IReadOnlyList<double> Percentages(string text) => PercentRegex().Matches(text)
        .Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
        .ToArray();

    [GeneratedRegex(@"\$\s?(\d[\d,]*(?:\.\d+)?)\s?(k\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex DollarRegex();

    [GeneratedRegex(@"(\d+(?:\.\d+)?)\s?%")]
    private static partial Regex PercentRegex();
}
