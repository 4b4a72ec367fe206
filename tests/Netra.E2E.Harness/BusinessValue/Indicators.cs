using System.Text.RegularExpressions;

namespace Netra.E2E.Harness.BusinessValue;

/// <summary>
/// The protocol's business-value indicator words, found in an answer's text (case-insensitive substrings, as the old suite
/// did). The word lists are built on each use rather than once, so mutation testing can change them while tests run.
/// </summary>
public static partial class Indicators
{
    public static string[] CostWords => ["cost", "saving", "expense", "budget", "pricing", "$", "dollar"];
    public static string[] PerformanceWords => ["performance", "latency", "throughput", "response time", "optimization", "efficiency", "speed", "metrics"];
    public static string[] RecommendationWords => ["recommend", "suggest", "should", "consider", "improve", "optimize", "action", "implement", "strategy"];
    public static string[] DataWords => ["analysis", "insight", "data", "trend", "pattern", "correlation", "visualization", "chart", "graph"];

    public static BusinessValueReport Analyze(string answer)
    {
        var text = answer.ToLowerInvariant();
        return new BusinessValueReport(ContainsAny(text, CostWords), ContainsAny(text, PerformanceWords), ContainsAny(text, RecommendationWords), ContainsAny(text, DataWords));
    }

    /// <summary>Which of the words occur in the text, in any of their faithful wordings (<see cref="Vocabulary"/>).</summary>
    public static IReadOnlyList<string> Found(string answer, params string[] words)
    {
        var text = answer.ToLowerInvariant();
        return words.Where(w => Vocabulary.WordingsOf(w).Any(wording => text.Contains(wording.ToLowerInvariant(), StringComparison.Ordinal))).ToArray();
    }

    public static int WordCount(string answer) => WordRegex().Matches(answer).Count;

    private static bool ContainsAny(string text, string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));

    [GeneratedRegex(@"[\p{L}\p{N}$%][\p{L}\p{N}$%,.'-]*")]
    private static partial Regex WordRegex();
}
