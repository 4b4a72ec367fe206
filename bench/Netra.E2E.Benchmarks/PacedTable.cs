using System.Globalization;
using System.Text;

namespace Netra.E2E.Benchmarks;

/// <summary>The paced suite as a Markdown table: wall against the slowest test, and what the run budget made tests wait.</summary>
public static class PacedTable
{
    public static string Markdown(IReadOnlyList<PacedBenchmark.Row> rows)
    {
        var md = new StringBuilder();
        md.AppendLine("| delay per event | tests | failed | wall | slowest test | wall / slowest | slowest test less its budget wait | wall / that | tests' times summed | budget wait (total / max) |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in rows)
        {
            var wait = r.BudgetWaitTotal is { } total ? $"{S(total)} / {S(r.BudgetWaitMax!.Value)}" : "-";
            md.AppendLine(CultureInfo.InvariantCulture, $"| {r.DelayMs} ms | {r.Tests} | {r.Failed} | {S(r.Wall)} | {S(r.Slowest)} ({Short(r.SlowestTest)}) | {r.WallPerSlowest:0.00} | {S(r.SlowestOwn)} | {r.WallPerSlowestOwn:0.00} | {S(r.SummedTests)} | {wait} |");
        }

        var failure = rows.Select(r => r.FirstFailure).FirstOrDefault(f => f is not null);
        if (failure is not null)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"First failure: {failure}");
        }

        return md.ToString();
    }

    /// <summary>A test's name up to its colon ("16 Performance benchmarks"), at most 40 characters.</summary>
    private static string Short(string test)
    {
        var colon = test.IndexOf(':');
        return test[..Math.Min(colon > 0 ? colon : test.Length, 40)];
    }

    private static string S(TimeSpan span) => span.TotalSeconds.ToString(span.TotalSeconds < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " s";
}
