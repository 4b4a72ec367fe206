using Netra.E2E.Testing.Processes;

namespace Netra.E2E.Benchmarks;

/// <summary>The business-value suite's test phase (TRX start to finish) in mock mode and in strict real mode.</summary>
public static class SuiteBenchmark
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
        var run = await SuiteProcess.RunAsync(Paths.Suite, settings, cancellationToken);
        try
        {
            return (run.TestPhase, run.Elapsed, run.TrxCounter("total"), run.TrxCounter("failed"));
        }
        finally
        {
            Directory.Delete(run.ResultsDirectory, recursive: true);
        }
    }
}
