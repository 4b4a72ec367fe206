using System.Text;
using Netra.E2E.Harness.Drift;

namespace Netra.E2E.Harness.Reporting;

/// <summary>
/// The run summary's "Simulator drift" section: each distinct difference once with how many tests show it, then per
/// drifted test what staging sent that the simulator does not, and the reverse.
/// </summary>
public static class DriftMarkdown
{
    private const int MaxCell = 400;

    public static string Write(SimulatorDrift drift)
    {
        var md = new StringBuilder();
        md.AppendLine("## Simulator drift").AppendLine();
        md.AppendLine($"Compared {drift.Compared} test(s) with their cassettes in `{drift.Cassettes}`, recorded from {drift.RecordedFrom ?? "(unnamed backend)"}; " +
                      $"live: {drift.Live ?? "(unnamed backend)"}. {(drift.Tests.Count == 0 ? "No test drifted." : $"{drift.Tests.Count} test(s) drifted.")}");
        if (drift.Tests.Count == 0)
        {
            return md.ToString();
        }

        md.AppendLine().AppendLine("| aspect | what | staging sent | the simulator sent | tests |").AppendLine("|---|---|---|---|---|");
        foreach (var d in drift.Differences)
        {
            md.AppendLine($"| {d.Aspect} | {Cell(d.Subject)} | {Cell(d.Staging)} | {Cell(d.Simulator)} | {d.Tests} |");
        }

        foreach (var test in drift.Tests)
        {
            md.AppendLine().AppendLine($"### {Cell(test.DisplayName)} (`{test.Cassette}`)").AppendLine();
            md.AppendLine("| aspect | what | staging sent | the simulator sent |").AppendLine("|---|---|---|---|");
            foreach (var item in test.Items)
            {
                md.AppendLine($"| {item.Aspect} | {Cell(item.Subject)} | {Cell(item.Staging)} | {Cell(item.Simulator)} |");
            }
        }

        return md.ToString();
    }

    private static string Cell(string text)
    {
        var escaped = text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
        return escaped.Length <= MaxCell ? escaped : escaped[..MaxCell] + "…";
    }
}
