namespace Netra.E2E.Harness.BusinessValue;

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
