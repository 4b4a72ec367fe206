namespace Netra.E2E.Harness.Reporting.Loop;

/// <summary>Percentiles of a sample, interpolated between the two nearest ranks (as a spreadsheet's PERCENTILE.INC).</summary>
public static class Percentile
{
    /// <param name="p">From 0 to 1: 0.5 for the median, 0.95 for p95.</param>
    /// <returns>Null for an empty sample.</returns>
    public static double? Of(IEnumerable<double> samples, double p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1);
        var sorted = samples.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var rank = p * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return Math.Round(sorted[low] + (sorted[high] - sorted[low]) * (rank - low), 1);
    }
}
