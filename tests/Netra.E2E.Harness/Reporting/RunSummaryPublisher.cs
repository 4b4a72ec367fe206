using Netra.E2E.Harness.Fixture;

namespace Netra.E2E.Harness.Reporting;

/// <summary>
/// Writes the run summary once, at the end of the run, from what xUnit itself recorded: by the Testing Platform's
/// session hook when the platform runs the tests, else (VSTest, IDE explorers) when the run's fixture is disposed.
/// </summary>
public static class RunSummaryPublisher
{
    private static int s_platformWrites;

    /// <summary>Set by the Testing Platform hook: the platform writes the summary (into its own results folder).</summary>
    public static bool PlatformWrites
    {
        get => Volatile.Read(ref s_platformWrites) == 1;
        set => Volatile.Write(ref s_platformWrites, value ? 1 : 0);
    }

    public static async Task<PublishedSummary> PublishAsync(string directory)
    {
        var environment = SuiteHandOff.Environment;
        var backendLost = await BackendLossCheck.Outcome;
        var summary = GateSummary.Complete(RunSummaryBuilder.Build(environment?.Decision, environment?.Settings, Drift.DriftOutcomes.Apply(TestOutcomes.Snapshot(), environment?.Cassettes),
            environment?.Ledger.RunsByTest() ?? new Dictionary<string, IReadOnlyList<RunMetrics>>(), environment?.Ledger.Warnings() ?? [], backendLost,
            DateTimeOffset.UtcNow) with
        {
            Backend = environment?.BackendIdentity,
            SimulatorDrift = environment?.Cassettes?.Drift?.Report(),
        }, environment);
        var (markdown, json) = RunSummaryWriter.WriteFiles(summary, directory);
        await Console.Out.WriteAsync(RunSummaryWriter.ToConsole(summary) + $"  summary: {markdown}{Environment.NewLine}");
        await Console.Out.FlushAsync();
        return new PublishedSummary(summary, markdown, json);
    }

    /// <summary>TestResults/ under the working directory: where the platform puts results unless told otherwise.</summary>
    public static string DefaultDirectory => Path.Combine(Directory.GetCurrentDirectory(), "TestResults");
}

public sealed record PublishedSummary(RunSummary Summary, string MarkdownFile, string JsonFile);
