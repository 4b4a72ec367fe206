using System.Diagnostics;
using Netra.E2E.Testing.Processes;

namespace Netra.E2E.Benchmarks;

/// <summary>
/// The whole business-value suite, as a user runs it, against a backend that is half dead: how long until its verdict,
/// and which classes it gave. Each case is the standalone simulator started with one fault for every connection.
/// </summary>
public static class HalfDeadBenchmark
{
    public sealed record Row(string Case, string Dialect, TimeSpan Wall, int Tests, int Infrastructure, int Business, int Passed, string FirstReason);

    /// <summary>The cases, with the settings a user would set for them (none beyond the defaults but where said).</summary>
    private static readonly (string Case, string Fault, Dictionary<string, string> Settings)[] Cases =
    [
        ("alive but never runs", "AliveButNeverRuns", []),
        ("greets, then silent", "GreetsThenSilent", []),
        ("never upgrades", "NeverUpgrades", []),
        ("never greets", "NeverGreets", []),
        ("streams without completing (stall timeout 20 s, the default)", "StreamsForever", new()),
    ];

    public static async Task<IReadOnlyList<Row>> RunAsync(string jwtSecret, IReadOnlyList<string> dialects, CancellationToken cancellationToken)
    {
        var rows = new List<Row>();
        foreach (var dialect in dialects)
        {
            foreach (var (name, fault, extra) in Cases)
            {
                await using var simulator = await StandaloneSimulator.StartAsync(jwtSecret, cancellationToken,
                    $"--Simulator:Dialect={dialect}", "--Simulator:AllowFaultInjection=true", $"--Simulator:Faults={fault}");
                var settings = new Dictionary<string, string>(extra)
                {
                    ["NETRA_E2E_MODE"] = "real",
                    ["NETRA_E2E_STAGING_URL"] = simulator.BaseUrl.ToString(),
                    ["NETRA_E2E_JWT_SECRET"] = jwtSecret,
                };
                var clock = Stopwatch.StartNew();
                var run = await SuiteProcess.RunAsync(Paths.Suite, settings, cancellationToken);
                var wall = clock.Elapsed;
                try
                {
                    var summary = run.Summary;
                    var failures = summary.GetProperty("failures").EnumerateArray().ToArray();
                    rows.Add(new Row(name, dialect, wall, summary.GetProperty("collected").GetInt32(), summary.GetProperty("infrastructure_failures").GetInt32(),
                        summary.GetProperty("business_failures").GetInt32(), summary.GetProperty("passed").GetInt32(),
                        failures.Length == 0 ? "" : failures[0].GetProperty("reason").GetString() ?? ""));
                }
                finally
                {
                    Directory.Delete(run.ResultsDirectory, recursive: true);
                }
            }
        }

        return rows;
    }
}
