using System.Globalization;
using System.Text;

namespace Netra.E2E.Harness.Reporting.History;

/// <summary>The last runs as Mermaid xychart-beta charts, which GitHub renders in Markdown: rates, and p95 latencies.</summary>
public static class HistoryChart
{
    public static string Markdown(IReadOnlyList<HistoryEntry> runs)
    {
        if (runs.Count == 0)
        {
            return "";
        }

        var labels = $"[{string.Join(", ", runs.Select(r => $"\"{r.At.UtcDateTime.ToString("MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}\""))}]";
        var md = new StringBuilder();
        md.AppendLine("```mermaid").AppendLine("xychart-beta");
        md.AppendLine(CultureInfo.InvariantCulture, $"    title \"Pass rate (bars) and execution rate (line), %, last {runs.Count} run(s)\"");
        md.AppendLine(CultureInfo.InvariantCulture, $"    x-axis {labels}");
        md.AppendLine("    y-axis \"%\" 0 --> 100");
        md.AppendLine(CultureInfo.InvariantCulture, $"    bar {Series(runs.Select(r => (double?)r.PassRate * 100))}");
        md.AppendLine(CultureInfo.InvariantCulture, $"    line {Series(runs.Select(r => (double?)r.ExecutionRate * 100))}");
        md.AppendLine("```");

        var slowest = runs.Select(r => r.CompletionP95Ms ?? 0).Concat(runs.Select(r => r.FirstEventP95Ms ?? 0)).Max();
        if (slowest > 0)
        {
            md.AppendLine().AppendLine("```mermaid").AppendLine("xychart-beta");
            md.AppendLine(CultureInfo.InvariantCulture, $"    title \"p95 of completion (bars) and first event (line), ms, last {runs.Count} run(s)\"");
            md.AppendLine(CultureInfo.InvariantCulture, $"    x-axis {labels}");
            md.AppendLine(CultureInfo.InvariantCulture, $"    y-axis \"ms\" 0 --> {Math.Ceiling(slowest * 1.1).ToString(CultureInfo.InvariantCulture)}");
            md.AppendLine(CultureInfo.InvariantCulture, $"    bar {Series(runs.Select(r => r.CompletionP95Ms))}");
            md.AppendLine(CultureInfo.InvariantCulture, $"    line {Series(runs.Select(r => r.FirstEventP95Ms))}");
            md.AppendLine("```");
        }

        return md.ToString();
    }

    // A run without a figure (no run reached the backend) is drawn at 0.
    private static string Series(IEnumerable<double?> values) =>
        $"[{string.Join(", ", values.Select(v => Math.Round(v ?? 0, 1).ToString("0.#", CultureInfo.InvariantCulture)))}]";
}
