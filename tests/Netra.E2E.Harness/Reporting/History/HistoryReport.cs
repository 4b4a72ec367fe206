namespace Netra.E2E.Harness.Reporting.History;

/// <summary>The history file's last runs (this one included), oldest first: the series the summary charts.</summary>
public sealed record HistoryReport(string File, IReadOnlyList<HistoryEntry> Runs, int UnreadableLines, string? Error = null)
{
    public const int Shown = 20;
}
