using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Netra.E2E.Testing.Processes;

namespace Netra.E2E.Benchmarks;

/// <summary>
/// The suite at staging's pace: strict real mode against the standalone simulator with every event delayed, so a run
/// streams for seconds as staging's do. Whether tests overlap shows as wall time against the slowest test: a suite
/// that runs everything at once takes about as long as its slowest test.
/// </summary>
public static partial class PacedBenchmark
{
    /// <param name="SlowestOwn">The slowest test's own time: its duration less the time it waited for the run budget.</param>
    public sealed record Row(int DelayMs, int Tests, int Failed, TimeSpan Wall, string SlowestTest, TimeSpan Slowest, TimeSpan SlowestOwn, TimeSpan SummedTests,
        TimeSpan? BudgetWaitTotal, TimeSpan? BudgetWaitMax, string? FirstFailure)
    {
        public double WallPerSlowest => Slowest.TotalMilliseconds == 0 ? 0 : Wall.TotalMilliseconds / Slowest.TotalMilliseconds;

        public double WallPerSlowestOwn => SlowestOwn.TotalMilliseconds == 0 ? 0 : Wall.TotalMilliseconds / SlowestOwn.TotalMilliseconds;
    }

    /// <summary>Long enough for the suite at the slowest pace run one test at a time (the "before" case).</summary>
    private static readonly TimeSpan SuiteLimit = TimeSpan.FromMinutes(10);

    /// <param name="keepResultsIn">A folder to move each run's TRX and run summary into (paced-&lt;delay&gt;ms/); null deletes them.</param>
    public static async Task<IReadOnlyList<Row>> RunAsync(string jwtSecret, IReadOnlyList<int> delaysMs, string? keepResultsIn, CancellationToken cancellationToken)
    {
        var rows = new List<Row>();
        foreach (var delay in delaysMs)
        {
            Console.Error.WriteLine($"  paced at {delay} ms per event…");
            await using var simulator = await StandaloneSimulator.StartAsync(jwtSecret, cancellationToken, $"--Simulator:EventDelayMilliseconds={delay}");
            var settings = new Dictionary<string, string>
            {
                ["NETRA_E2E_MODE"] = "real",
                ["NETRA_E2E_STAGING_URL"] = simulator.BaseUrl.ToString(),
                ["NETRA_E2E_JWT_SECRET"] = jwtSecret,
            };
            var run = await SuiteProcess.RunAsync(Paths.Suite, settings, cancellationToken, SuiteLimit);
            try
            {
                rows.Add(Measure(delay, run));
                if (keepResultsIn is not null)
                {
                    Keep(run.ResultsDirectory, Path.Combine(keepResultsIn, $"paced-{delay}ms"));
                }
            }
            finally
            {
                Directory.Delete(run.ResultsDirectory, recursive: true);
            }
        }

        return rows;
    }

    private static void Keep(string results, string into)
    {
        Directory.CreateDirectory(into);
        foreach (var file in Directory.EnumerateFiles(results, "*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".trx", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("netra-e2e-summary.", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(into, Path.GetFileName(file)), overwrite: true);
        }
    }

    private static Row Measure(int delay, SuiteRun run)
    {
        var results = ResultRegex().Matches(run.TrxText).Select(m => new
        {
            Name = System.Net.WebUtility.HtmlDecode(m.Groups["name"].Value),
            Duration = TimeSpan.Parse(m.Groups["duration"].Value, CultureInfo.InvariantCulture),
            Start = DateTimeOffset.Parse(m.Groups["start"].Value, CultureInfo.InvariantCulture),
            End = DateTimeOffset.Parse(m.Groups["end"].Value, CultureInfo.InvariantCulture),
        }).ToArray();
        var slowest = results.MaxBy(r => r.Duration);
        var wall = results.Length == 0 ? TimeSpan.Zero : results.Max(r => r.End) - results.Min(r => r.Start);
        var (waitTotal, waitMax, waitsByTest) = BudgetWaits(run);
        var slowestOwn = results.Length == 0 ? TimeSpan.Zero : results.Max(r => r.Duration - waitsByTest.GetValueOrDefault(r.Name));
        var failures = run.Summary.GetProperty("failures").EnumerateArray().ToArray();
        return new Row(delay, run.TrxCounter("total"), run.TrxCounter("failed"), wall, slowest?.Name ?? "-", slowest?.Duration ?? TimeSpan.Zero, slowestOwn,
            TimeSpan.FromTicks(results.Sum(r => r.Duration.Ticks)), waitTotal, waitMax,
            failures.Length == 0 ? null : $"{failures[0].GetProperty("test").GetString()}: {failures[0].GetProperty("reason").GetString()}");
    }

    /// <summary>What the run summary says tests waited for the run budget; absent before the budget existed.</summary>
    private static (TimeSpan? Total, TimeSpan? Max, Dictionary<string, TimeSpan> ByTest) BudgetWaits(SuiteRun run) =>
        run.Summary.TryGetProperty("run_budget", out var budget) && budget.ValueKind == JsonValueKind.Object
            ? (TimeSpan.FromMilliseconds(budget.GetProperty("total_wait_ms").GetDouble()), TimeSpan.FromMilliseconds(budget.GetProperty("max_wait_ms").GetDouble()),
                budget.GetProperty("waits_by_test_ms").EnumerateObject().ToDictionary(w => w.Name, w => TimeSpan.FromMilliseconds(w.Value.GetDouble()), StringComparer.Ordinal))
            : (null, null, []);

    [GeneratedRegex("<UnitTestResult [^>]*testName=\"(?<name>[^\"]*)\"[^>]*duration=\"(?<duration>[^\"]+)\"[^>]*startTime=\"(?<start>[^\"]+)\"[^>]*endTime=\"(?<end>[^\"]+)\"")]
    private static partial Regex ResultRegex();
}
