using System.Text.RegularExpressions;
using Netra.E2E.Harness.BusinessValue.Figures;
using Netra.E2E.Harness.Wire.Messages;

namespace Netra.E2E.Harness.BusinessValue;

/// <summary>
/// An answer's recommendations, from its structure or, when a writer gave them only as prose, from a numbered or
/// bulleted list in it ("1. Right-size EC2: … saves $1,080/month"). A listed one's saving is the first dollar figure of
/// its line; a structured one without its saving field gets it the same way from the matching line.
/// </summary>
public static partial class RecommendationRecognizer
{
    public static IReadOnlyList<Recommendation> In(AgentAnswer answer)
    {
        var listed = Listed(answer.Content);
        if (answer.Recommendations.Count == 0)
        {
            return listed;
        }

        return answer.Recommendations.Select(r => r.EstimatedMonthlySavingsUsd is null
            ? r with { EstimatedMonthlySavingsUsd = listed.FirstOrDefault(l => SubjectWords(r.Title).Intersect(SubjectWords(l.Title)).Count() >= 2)?.EstimatedMonthlySavingsUsd }
            : r).ToArray();
    }

    /// <summary>The words that name what a recommendation is about, without the small words around them.</summary>
    public static IReadOnlySet<string> SubjectWords(string text) =>
        WordRegex().Matches(text.ToLowerInvariant()).Select(m => Stem(m.Value)).Where(w => w.Length >= 3 && !StopWords.Contains(w)).ToHashSet(StringComparer.Ordinal);

    private static IReadOnlyList<Recommendation> Listed(string prose) => ListItemRegex().Matches(prose)
        .Select(m => m.Groups["item"].Value.Trim())
        .Select(item => new Recommendation(TitleOf(item), item, FigureRecognizer.Dollars(item).FirstOrDefault() is var d and > 0 ? d : null, null))
        .ToArray();

    private static string TitleOf(string item)
    {
        var end = item.IndexOfAny([':', '.', '—', '(']);
        return (end > 0 ? item[..end] : item).Trim();
    }

    /// <summary>Inflections of one word read alike ("instances", "instance"; "right-sizing", "right-size").</summary>
    private static string Stem(string word) => word[..Math.Min(word.Length, 6)];

    /// <summary>Built on each use rather than once, so mutation testing can change it while tests run.</summary>
    private static HashSet<string> StopWords => ["the", "and", "for", "with", "your", "you", "that", "this", "from", "into", "over", "under", "more", "less", "than", "its", "our"];

    [GeneratedRegex(@"^\s*(?:\d{1,2}[.)]|[-*•])\s+(?<item>\S.*)$", RegexOptions.Multiline)]
    private static partial Regex ListItemRegex();

    [GeneratedRegex(@"[a-z0-9][a-z0-9-]*")]
    private static partial Regex WordRegex();
}
