namespace Netra.E2E.Benchmarks;

/// <summary>Median, spread and percentiles of a set of samples, in milliseconds.</summary>
public sealed record Stats(int Count, double Median, double Min, double Max, double P95)
{
    public static Stats Of(IReadOnlyCollection<double> samples)
    {
        var sorted = samples.Order().ToArray();
        return sorted.Length == 0 ? new(0, 0, 0, 0, 0) : new(sorted.Length, Percentile(sorted, 0.5), sorted[0], sorted[^1], Percentile(sorted, 0.95));
    }

    public static Stats Of(IEnumerable<TimeSpan> samples) => Of(samples.Select(s => s.TotalMilliseconds).ToArray());

    private static double Percentile(double[] sorted, double p)
    {
        var rank = p * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }
}
