using System.Text.RegularExpressions;

namespace Netra.E2E.Harness.BusinessValue;

/// <summary>How much two answers say the same thing, by their distinct words (Jaccard index, 0 to 1).</summary>
public static partial class TextSimilarity
{
    public static double WordOverlap(string a, string b)
    {
        var left = Words(a);
        var right = Words(b);
        if (left.Count == 0 && right.Count == 0)
        {
            return 1;
        }

        var shared = left.Intersect(right).Count();
        return (double)shared / left.Union(right).Count();
    }

    private static HashSet<string> Words(string text) =>
        WordRegex().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"[a-z0-9$]+")]
    private static partial Regex WordRegex();
}
