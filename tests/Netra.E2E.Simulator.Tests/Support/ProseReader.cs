using System.Globalization;
using System.Text.RegularExpressions;

namespace Netra.E2E.Simulator.Tests.Support;

/// <summary>
/// Reads facts back out of prose, independently of the simulator's writer: dollar figures in every format the brief
/// lists, percentages, provider names in any form, and the numbered list's lines.
/// </summary>
public static partial class ProseReader
{
    public static readonly IReadOnlyDictionary<string, string[]> ProviderNames = new Dictionary<string, string[]>
    {
        ["AWS"] = ["aws", "amazon web services", "amazon"],
        ["Azure"] = ["azure", "microsoft azure"],
        ["GCP"] = ["gcp", "google cloud", "google cloud platform"],
    };

    /// <summary>"$11,000", "$11k", "$11.2k", "$11,000.00", "11,000 USD", "USD 11,000", as amounts.</summary>
    public static IReadOnlyList<decimal> Dollars(string text) => DollarRegex().Matches(text).Select(m =>
    {
        var amount = decimal.Parse(m.Groups["n"].Value.Replace(",", ""), CultureInfo.InvariantCulture);
        return m.Groups["k"].Success ? amount * 1000 : amount;
    }).ToArray();

    /// <summary>"15%" or "15 percent", as numbers.</summary>
    public static IReadOnlyList<decimal> Percents(string text) =>
        PercentRegex().Matches(text).Select(m => decimal.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)).ToArray();

    public static IReadOnlyList<string> ProvidersNamed(string text) =>
        ProviderNames.Where(p => p.Value.Any(name => Regex.IsMatch(text, $@"\b{Regex.Escape(name)}\b", RegexOptions.IgnoreCase))).Select(p => p.Key).ToArray();

    /// <summary>The lines that start a numbered or bulleted list item.</summary>
    public static IReadOnlyList<string> ListItems(string text) => ListItemRegex().Matches(text).Select(m => m.Value.Trim()).ToArray();

    public static int Words(string text) => WordRegex().Matches(text).Count;

    public static bool Mentions(string text, params string[] anyOf) => anyOf.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"\$(?<n>\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?<k>k\b)?|\bUSD (?<n>\d{1,3}(?:,\d{3})*(?:\.\d+)?)|(?<n>\d{1,3}(?:,\d{3})*(?:\.\d+)?) USD\b")]
    private static partial Regex DollarRegex();

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)(?:%| percent\b)")]
    private static partial Regex PercentRegex();

    [GeneratedRegex(@"^\s*(?:\d{1,2}[.)]|[-*•])\s+\S.*$", RegexOptions.Multiline)]
    private static partial Regex ListItemRegex();

    [GeneratedRegex(@"[\p{L}\p{N}$%][\p{L}\p{N}$%,.'-]*")]
    private static partial Regex WordRegex();
}
