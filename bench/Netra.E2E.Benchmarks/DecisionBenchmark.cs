using System.Diagnostics;
using Netra.E2E.Harness.Decision;
using Netra.E2E.Harness.Settings;
using Netra.E2E.Testing.Loopback;

namespace Netra.E2E.Benchmarks;

/// <summary>How long the mode decision takes for each kind of staging, probe included.</summary>
public static class DecisionBenchmark
{
    public sealed record Row(string Case, string Decided, Stats Stats, string Target);

    public static async Task<IReadOnlyList<Row>> RunAsync(Uri healthyUrl, BenchmarkPlan plan, CancellationToken cancellationToken)
    {
        var budget = TimeSpan.FromSeconds(1);
        await using var silent = LoopbackHttpServer.Unresponsive();
        var cases = new (string Name, Uri? Url, int Iterations, string Target)[]
        {
            ("no staging URL", null, plan.DecisionIterations, "-"),
            ("refused (loopback port, nothing listening)", LoopbackHttpServer.ClosedPort(), plan.DecisionIterations, "< 50 ms"),
            ($"unresponsive (accepts, never answers; budget {budget.TotalMilliseconds:0} ms)", silent.BaseUrl, plan.UnresponsiveIterations, $"<= {budget.TotalMilliseconds * 1.1:0} ms"),
            ("healthy simulator on Kestrel (loopback)", healthyUrl, plan.DecisionIterations, "-"),
        };

        var rows = new List<Row>();
        foreach (var (name, url, iterations, target) in cases)
        {
            var settings = new NetraE2ESettings { Mode = BackendMode.Auto, StagingUrl = url, ProbeTimeout = budget };
            var decider = new ModeDecider(new HttpHealthProbe());
            ModeDecision? last = null;
            var samples = new List<TimeSpan>();
            for (var i = -plan.Warmup; i < iterations; i++)
            {
                var clock = Stopwatch.StartNew();
                last = await decider.DecideAsync(settings, cancellationToken);
                if (i >= 0)
                {
                    samples.Add(clock.Elapsed);
                }
            }

            rows.Add(new Row(name, last!.Target.ToString().ToLowerInvariant(), Stats.Of(samples), target));
        }

        return rows;
    }
}
