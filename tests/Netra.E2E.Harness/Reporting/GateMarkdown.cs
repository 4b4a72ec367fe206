using System.Globalization;
using System.Text;
using Netra.E2E.Harness.Reporting.History;
using Netra.E2E.Harness.Reporting.Loop;

namespace Netra.E2E.Harness.Reporting;

/// <summary>The deploy gate's part of the run summary: the loop and its gate, flaky tests, the run budget, the history chart.</summary>
public static class GateMarkdown
{
    public static string Markdown(RunSummary s)
    {
        if (s.Loop is null && s.RunBudget is null && s.History is null)
        {
            return "";
        }

        var md = new StringBuilder().AppendLine().AppendLine("## Deploy gate").AppendLine();
        if (s.Loop is { } loop)
        {
            Loop(md, loop);
        }

        if (s.RunBudget is { } budget)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"**Run budget**: {budget.MaxConcurrentRuns} runs at once, {budget.MessagesPerMinute} messages a minute per connection; " +
                $"{budget.RunsThatWaited} of {budget.Runs} run(s) waited for the budget, {Ms(budget.TotalWaitMs)} in total, at most {Ms(budget.MaxWaitMs)}.").AppendLine();
        }

        if (s.History is { } history)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"### History: last {history.Runs.Count} run(s) of `{history.File}`").AppendLine();
            if (history.Error is not null)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"History not written: {history.Error}").AppendLine();
            }

            md.Append(HistoryChart.Markdown(history.Runs));
            if (history.UnreadableLines > 0)
            {
                md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{history.UnreadableLines} line(s) of the file could not be read and are left out.");
            }
        }

        return md.ToString();
    }

    /// <summary>The loop and the gate in a line or two, for the console.</summary>
    public static string Console(RunSummary s)
    {
        var text = new StringBuilder();
        if (s.Loop is { Iterations: > 1 } or { Gate: not null } && s.Loop is { } loop)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  loop: {loop.Iterations} iteration(s), pass rate {loop.PassRate:P1} ({loop.Passed} of {loop.Executed} executed), {loop.Flaky.Count} flaky");
            if (loop.Gate is { } gate)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"Netra.E2E gate: {gate.Text}");
            }
        }

        if (s.RunBudget is { RunsThatWaited: > 0 } budget)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  run budget: {budget.RunsThatWaited} of {budget.Runs} run(s) waited, {Ms(budget.TotalWaitMs)} in total, at most {Ms(budget.MaxWaitMs)}");
        }

        return text.ToString();
    }

    private static void Loop(StringBuilder md, LoopReport loop)
    {
        if (loop.Gate is { } gate)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"**Gate {gate.Text}**").AppendLine();
        }

        md.AppendLine(CultureInfo.InvariantCulture,
            $"**Loop**: {loop.Iterations} iteration(s), {loop.Executed} of {loop.Collected} executed ({loop.ExecutionRate:P0}), pass rate {loop.PassRate:P1}; " +
            $"p95 over every run: first event {Ms(loop.FirstEventP95Ms)}, completion {Ms(loop.CompletionP95Ms)}.").AppendLine();
        md.AppendLine(loop.Flaky.Count == 0
            ? "**Flaky tests**: none."
            : $"**Flaky tests** (passed in some iterations, failed in others): {string.Join("; ", loop.Flaky.Select(Escape))}.").AppendLine();

        if (loop.Iterations > 1)
        {
            md.AppendLine("| Iteration | Collected | Executed | Passed | Failed | Skipped | Execution rate | Pass rate |").AppendLine("|---|---|---|---|---|---|---|---|");
            foreach (var i in loop.PerIteration)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {i.Iteration} | {i.Collected} | {i.Executed} | {i.Passed} | {i.Failed} | {i.Skipped} | {i.ExecutionRate:P0} | {i.PassRate:P1} |");
            }

            md.AppendLine();
        }

        md.AppendLine("| Test | Executions | Pass rate | Failures (business / infrastructure) | Flaky | First event p50 / p95 | Completion p50 / p95 |");
        md.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var t in loop.Tests)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {Escape(t.Test)} | {t.Executions} | {t.PassRate:P0} | {t.BusinessFailures} / {t.InfrastructureFailures} | {(t.Flaky ? "**flaky**" : "-")} | " +
                $"{Ms(t.FirstEventP50Ms)} / {Ms(t.FirstEventP95Ms)} | {Ms(t.CompletionP50Ms)} / {Ms(t.CompletionP95Ms)} |");
        }

        md.AppendLine();
    }

    private static string Ms(double? ms) => ms switch
    {
        null => "-",
        >= 10_000 => string.Create(CultureInfo.InvariantCulture, $"{ms / 1000:0.0} s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{ms:0} ms"),
    };

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
