using Netra.E2E.Harness.Fixture;
using Netra.E2E.Harness.Reporting.History;
using Netra.E2E.Harness.Reporting.Loop;

namespace Netra.E2E.Harness.Reporting;

/// <summary>
/// Completes a run summary with what the deploy gate adds: the run budget's waits, the loop grouped per test and per
/// iteration with its pass-rate gate, and the history (this run appended to the file, its last runs read back).
/// </summary>
public static class GateSummary
{
    public static RunSummary Complete(RunSummary summary, NetraEnvironment? environment)
    {
        var settings = environment?.Settings.Gate;
        var loop = LoopReportBuilder.Build(summary, environment?.Ledger.RunsByTest() ?? new Dictionary<string, IReadOnlyList<RunMetrics>>(), settings?.MinPassRate);
        summary = summary with
        {
            RunBudget = environment is null ? null : RunBudgetReport.Of(environment.RunBudget, environment.Settings.Gate.MessagesPerMinute),
            Loop = loop,
        };
        return settings?.HistoryFile is { } file ? summary with { History = Record(file, HistoryEntry.Of(summary, loop)) } : summary;
    }

    /// <summary>Appends the run and reads the last ones back; a history that cannot be written is reported, never fatal.</summary>
    public static HistoryReport Record(string file, HistoryEntry entry)
    {
        try
        {
            HistoryFile.Append(file, entry);
            var (runs, unreadable) = HistoryFile.ReadLast(file, HistoryReport.Shown);
            return new HistoryReport(Path.GetFullPath(file), runs, unreadable);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new HistoryReport(file, [entry], 0, $"could not write {file}: {ex.Message}");
        }
    }
}
