using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Netra.E2E.Harness.Verdicts;

namespace Netra.E2E.Harness.Reporting;

/// <summary>Renders a run summary as Markdown (for CI job summaries), JSON (for tools) and a few console lines.</summary>
public static class RunSummaryWriter
{
    public const string FileStem = "netra-e2e-summary";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static (string Markdown, string Json) WriteFiles(RunSummary summary, string directory)
    {
        Directory.CreateDirectory(directory);
        var markdown = Path.Combine(directory, FileStem + ".md");
        var json = Path.Combine(directory, FileStem + ".json");
        File.WriteAllText(markdown, ToMarkdown(summary));
        File.WriteAllText(json, ToJson(summary));
        return (markdown, json);
    }

    public static string ToJson(RunSummary summary) => JsonSerializer.Serialize(summary, Json);

    public static string ToConsole(RunSummary summary)
    {
        var text = new StringBuilder();
        text.AppendLine($"Netra.E2E summary: {summary.Verdict}");
        text.AppendLine($"  mode: {summary.Mode} ({summary.Reason})");
        if (summary.Backend is not null)
        {
            text.AppendLine($"  backend: {summary.Backend}");
        }

        text.AppendLine($"  tests: {summary.Collected} collected, {summary.Executed} executed, {summary.Passed} passed, {summary.Failed} failed, {summary.Skipped} skipped");
        if (summary.BackendLost is not null)
        {
            text.AppendLine($"  backend lost: {summary.BackendLost}");
        }

        // A cause shared by several tests (no backend, a tripped breaker) is printed once, with the tests it failed.
        foreach (var cause in summary.Failures.GroupBy(f => (f.Class, f.Reason)).OrderBy(g => g.Key.Class))
        {
            if (cause.Count() == 1)
            {
                text.AppendLine($"  [{Tag(cause.Key.Class)}] {cause.First().Test}: {cause.Key.Reason}");
                continue;
            }

            text.AppendLine($"  [{Tag(cause.Key.Class)}] {cause.Key.Reason}");
            text.AppendLine($"    in {cause.Count()} tests: {string.Join("; ", cause.Select(f => f.Test))}");
        }

        if (summary.SimulatorDrift is { } drift)
        {
            text.AppendLine($"  simulator drift: {drift.Tests.Count} of {drift.Compared} test(s) compared with {drift.Cassettes} differ");
        }

        return text.Append(GateMarkdown.Console(summary)).ToString();
    }

    public static string ToMarkdown(RunSummary s)
    {
        var md = new StringBuilder();
        md.AppendLine("# Netra.E2E run summary").AppendLine();
        md.AppendLine($"**{Escape(s.Verdict)}**").AppendLine();
        md.AppendLine("| | |").AppendLine("|---|---|");
        md.AppendLine($"| Mode | {Escape(s.Mode)} |");
        md.AppendLine($"| Why | {Escape(s.Reason)} |");
        if (s.Backend is not null)
        {
            md.AppendLine($"| Backend | {Escape(s.Backend)} |");
        }

        md.AppendLine($"| Staging URL | {Escape(s.StagingUrl)} |");
        md.AppendLine($"| Health probe | {Escape(s.ProbeOutcome ?? "not run")}{(s.ProbeLatencyMs is { } ms ? $" ({ms.ToString("0.#", CultureInfo.InvariantCulture)} ms)" : "")} |");
        md.AppendLine($"| Tests | {s.Collected} collected, {s.Executed} executed, {s.Passed} passed, {s.Failed} failed, {s.Skipped} skipped |");
        md.AppendLine($"| Execution rate | {s.ExecutionRate.ToString("P0", CultureInfo.InvariantCulture)} |");
        if (s.BackendLost is not null)
        {
            md.AppendLine($"| Backend lost | {Escape(s.BackendLost)} |");
        }

        md.AppendLine($"| Generated | {s.GeneratedAt:yyyy-MM-dd HH:mm:ss} UTC |").AppendLine();

        if (s.Failures.Count > 0)
        {
            foreach (var group in s.Failures.GroupBy(f => f.Class))
            {
                md.AppendLine($"## {GroupTitle(group.Key)}: {group.Count()}").AppendLine();
                foreach (var f in group)
                {
                    md.AppendLine($"- **{Escape(f.Test)}**: {Escape(f.Reason)}");
                }

                md.AppendLine();
            }
        }

        md.AppendLine("## Business value per test").AppendLine();
        md.AppendLine("| Test | Result | Runs | Cost | Performance | Recommendations | Data | Indicators | First event (slowest run) | Completion (slowest run) |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var t in s.Tests)
        {
            md.AppendLine($"| {Escape(t.Name)} | {t.Outcome.ToString().ToLowerInvariant()} | {t.Runs} | {Mark(t.CostAnalysis)} | {Mark(t.PerformanceMetrics)} | {Mark(t.Recommendations)} | {Mark(t.DataInsights)} | " +
                          $"{t.Indicators}/{t.RequiredIndicators} | {Ms(t.FirstEventMs)} | {Ms(t.CompletionMs)} |");
        }

        if (s.ContractWarnings.Count > 0)
        {
            md.AppendLine().AppendLine("## Contract warnings (tolerated loose forms)").AppendLine();
            foreach (var w in s.ContractWarnings)
            {
                md.AppendLine($"- {Escape(w)}");
            }
        }

        if (s.SimulatorDrift is { } drift)
        {
            md.AppendLine().Append(DriftMarkdown.Write(drift));
        }

        return md.Append(GateMarkdown.Markdown(s)).ToString();
    }

    private static string Tag(FailureClass c) => c.ToString().ToLowerInvariant();

    private static string GroupTitle(FailureClass c) => c switch
    {
        FailureClass.Infrastructure => "Infrastructure failures (backend unreachable or lost)",
        FailureClass.Drift => "Drift failures (the simulator no longer sends what staging sent)",
        _ => "Business failures (product regressions)",
    };

    private static string Mark(bool present) => present ? "yes" : "-";

    private static string Ms(double? ms) => ms is { } v ? $"{v.ToString("0", CultureInfo.InvariantCulture)} ms" : "-";

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
