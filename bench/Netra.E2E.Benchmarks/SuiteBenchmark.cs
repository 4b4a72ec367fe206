using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Netra.E2E.Benchmarks;

/// <summary>The business-value suite's test phase (TRX start to finish) in mock mode and in strict real mode.</summary>
public static partial class SuiteBenchmark
{
    public sealed record Row(string Mode, Stats TestPhase, Stats Process, int Tests, int Failed);

    public static async Task<IReadOnlyList<Row>> RunAsync(Uri simulatorUrl, string jwtSecret, BenchmarkPlan plan, CancellationToken cancellationToken)
    {
        var modes = new (string Name, Dictionary<string, string> Settings)[]
        {
            ("mock (in-process simulator)", new() { ["NETRA_E2E_MODE"] = "mock" }),
            ("strict real (simulator on Kestrel, loopback)", new() { ["NETRA_E2E_MODE"] = "real", ["NETRA_E2E_STAGING_URL"] = simulatorUrl.ToString(), ["NETRA_E2E_JWT_SECRET"] = jwtSecret }),
        };
        var phases = modes.ToDictionary(m => m.Name, _ => new List<TimeSpan>());
        var processes = modes.ToDictionary(m => m.Name, _ => new List<TimeSpan>());
        var counts = modes.ToDictionary(m => m.Name, _ => (Tests: 0, Failed: 0));

        // Alternate the modes so that machine noise falls on both alike.
        for (var i = 0; i < plan.SuiteRuns; i++)
        {
            foreach (var (name, settings) in modes)
            {
                var (phase, process, tests, failed) = await RunOnceAsync(settings, cancellationToken);
                phases[name].Add(phase);
                processes[name].Add(process);
                counts[name] = (tests, counts[name].Failed + failed);
            }
        }

        return modes.Select(m => new Row(m.Name, Stats.Of(phases[m.Name]), Stats.Of(processes[m.Name]), counts[m.Name].Tests, counts[m.Name].Failed)).ToArray();
    }

    private static async Task<(TimeSpan Phase, TimeSpan Process, int Tests, int Failed)> RunOnceAsync(Dictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var results = Directory.CreateTempSubdirectory("netra-e2e-bench-").FullName;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Paths.Suite, "--results-directory", results, "--report-trx", "--no-progress", "--no-ansi" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("NETRA_E2E_", StringComparison.Ordinal)).ToArray())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var elapsed = clock.Elapsed;
        await Task.WhenAll(output, errors);

        var trx = File.ReadAllText(Directory.EnumerateFiles(results, "*.trx", SearchOption.AllDirectories).Single());
        var times = TimesRegex().Match(trx);
        var counters = CountersRegex().Match(trx);
        Directory.Delete(results, recursive: true);
        var phase = DateTimeOffset.Parse(times.Groups["finish"].Value, System.Globalization.CultureInfo.InvariantCulture) -
                    DateTimeOffset.Parse(times.Groups["start"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return (phase, elapsed, int.Parse(counters.Groups["total"].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(counters.Groups["failed"].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("<Times [^>]*start=\"(?<start>[^\"]+)\"[^>]*finish=\"(?<finish>[^\"]+)\"")]
    private static partial Regex TimesRegex();

    [GeneratedRegex("<Counters [^>]*total=\"(?<total>\\d+)\"[^>]*failed=\"(?<failed>\\d+)\"")]
    private static partial Regex CountersRegex();
}
