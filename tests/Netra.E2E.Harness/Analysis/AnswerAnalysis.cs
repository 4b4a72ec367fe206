using System.Globalization;
using System.Text.RegularExpressions;

namespace Netra.E2E.Harness.Analysis;

/// <summary>The four business-value indicators of the protocol over an answer's text.</summary>
public sealed record BusinessValueReport(bool CostAnalysis, bool PerformanceMetrics, bool Recommendations, bool DataInsights)
{
    public const int Required = 2;

    public int Count => new[] { CostAnalysis, PerformanceMetrics, Recommendations, DataInsights }.Count(x => x);

    public bool HasBusinessValue => Count >= Required;

    public override string ToString() =>
        $"{Count}/4 indicators (cost analysis {Mark(CostAnalysis)}, performance metrics {Mark(PerformanceMetrics)}, recommendations {Mark(Recommendations)}, data insights {Mark(DataInsights)})";

    private static string Mark(bool present) => present ? "yes" : "no";
}

public static partial class AnswerAnalysis
{
    public static readonly string[] CostWords = ["cost", "saving", "expense", "budget", "pricing", "$", "dollar"];
    public static readonly string[] PerformanceWords = ["performance", "latency", "throughput", "response time", "optimization", "efficiency", "speed", "metrics"];
    public static readonly string[] RecommendationWords = ["recommend", "suggest", "should", "consider", "improve", "optimize", "action", "implement", "strategy"];
    public static readonly string[] DataWords = ["analysis", "insight", "data", "trend", "pattern", "correlation", "visualization", "chart", "graph"];

    public static BusinessValueReport Analyze(string answer)
    {
        var text = answer.ToLowerInvariant();
        return new BusinessValueReport(ContainsAny(text, CostWords), ContainsAny(text, PerformanceWords), ContainsAny(text, RecommendationWords), ContainsAny(text, DataWords));
    }

    /// <summary>How many of the words occur in the text (case-insensitive, substring match as the old suite did).</summary>
    public static IReadOnlyList<string> Found(string answer, params string[] words)
    {
        var text = answer.ToLowerInvariant();
        return words.Where(w => text.Contains(w.ToLowerInvariant(), StringComparison.Ordinal)).ToArray();
    }

    /// <summary>Dollar figures that parse, e.g. "$4,500" or "$1.2k".</summary>
    public static IReadOnlyList<decimal> DollarFigures(string answer) => DollarRegex().Matches(answer)
        .Select(m => decimal.Parse(m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) * (m.Groups[2].Success ? 1000 : 1))
        .ToArray();

    public static IReadOnlyList<double> Percentages(string answer) => PercentRegex().Matches(answer)
        .Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
        .ToArray();

    public static int WordCount(string answer) => WordRegex().Matches(answer).Count;

    private static bool ContainsAny(string text, string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));

    [GeneratedRegex(@"\$\s?(\d[\d,]*(?:\.\d+)?)\s?(k\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex DollarRegex();

    [GeneratedRegex(@"(\d+(?:\.\d+)?)\s?%")]
    private static partial Regex PercentRegex();

    [GeneratedRegex(@"[\p{L}\p{N}$%][\p{L}\p{N}$%,.'-]*")]
    private static partial Regex WordRegex();
}
