namespace Netra.E2E.Benchmarks;

/// <summary>How much to measure: the full plan for the README table, a quick one that CI runs so the runner keeps working.</summary>
/// <param name="PacedDelaysMs">The simulator's delay per event for the paced suite (staging's pace): 0 is unpaced.</param>
public sealed record BenchmarkPlan(int Warmup, int DecisionIterations, int UnresponsiveIterations, int SuiteRuns, IReadOnlyList<int> UserCounts, IReadOnlyList<int> PacedDelaysMs)
{
    public static readonly BenchmarkPlan Full = new(3, 20, 5, 5, [10, 100, 1000], [0, 300, 1000]);
    public static readonly BenchmarkPlan Quick = new(1, 3, 1, 1, [10, 100], [0, 300]);
}
