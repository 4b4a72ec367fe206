using System.Diagnostics;
using Netra.E2E.Harness.Decision;
using Netra.E2E.Harness.Fixture;
using Netra.E2E.Harness.Settings;

namespace Netra.E2E.Benchmarks;

/// <summary>Many users at once against the standalone simulator, each running one agent request.</summary>
public static class LoadBenchmark
{
    public sealed record Row(int Users, Stats Connect, Stats Completion, TimeSpan Wall, int Errors, string? FirstError, double PeakMemoryMiB);

    public static async Task<IReadOnlyList<Row>> RunAsync(string jwtSecret, BenchmarkPlan plan, CancellationToken cancellationToken)
    {
        var rows = new List<Row>();
        foreach (var users in plan.UserCounts)
        {
            // A fresh simulator per level, so its peak memory belongs to that level alone.
            await using var simulator = await StandaloneSimulator.StartAsync(jwtSecret, cancellationToken);
            var settings = new NetraE2ESettings { Mode = BackendMode.Real, StagingUrl = simulator.BaseUrl, JwtSecret = jwtSecret };
            await using var environment = NetraEnvironment.Create(settings, new ModeDecision(BackendMode.Real, BackendTarget.Staging, "benchmark", null));
            await OneUserAsync(environment, -1, cancellationToken); // warm-up: JIT on both sides

            var clock = Stopwatch.StartNew();
            var outcomes = await Task.WhenAll(Enumerable.Range(0, users).Select(n => OneUserAsync(environment, n, cancellationToken)));
            var wall = clock.Elapsed;
            var ok = outcomes.Where(o => o.Error is null).ToArray();
            rows.Add(new Row(users, Stats.Of(ok.Select(o => o.Connect)), Stats.Of(ok.Select(o => o.Completion)), wall,
                outcomes.Length - ok.Length, outcomes.Select(o => o.Error).FirstOrDefault(e => e is not null), simulator.PeakMemoryMiB));
        }

        return rows;
    }

    private static async Task<(TimeSpan Connect, TimeSpan Completion, string? Error)> OneUserAsync(NetraEnvironment environment, int n, CancellationToken cancellationToken)
    {
        try
        {
            var clock = Stopwatch.StartNew();
            await using var session = await environment.ConnectAsync(environment.NewUser($"load-{n}"), cancellationToken);
            var connect = clock.Elapsed;
            var runId = await session.SendUserMessageAsync($"Optimize my AWS costs; we spend ${10_000 + n * 10:N0} a month", cancellationToken);
            var run = await session.WaitForRunAsync(runId, Harness.Session.RunDeadlines.Seconds(60), cancellationToken);
            return run.Completed ? (connect, run.TimeToEnd, null) : (connect, run.TimeToEnd, $"run ended with {run.Error}");
        }
        catch (Exception ex)
        {
            return (TimeSpan.Zero, TimeSpan.Zero, ex.Message);
        }
    }
}
