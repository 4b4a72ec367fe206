using Netra.E2E.Harness.BusinessValue;
using Netra.E2E.Harness.Decision;
using Netra.E2E.Harness.Settings;
using Netra.E2E.Harness.Verdicts;

namespace Netra.E2E.Harness.Reporting;

/// <summary>Puts the decision, the platform's test results and the recorded runs together into one summary.</summary>
public static class RunSummaryBuilder
{
    public static RunSummary Build(
        ModeDecision? decision,
        NetraE2ESettings? settings,
        IReadOnlyCollection<TestResult> results,
        IReadOnlyDictionary<string, IReadOnlyList<RunMetrics>> runsByTest,
        IReadOnlyList<string> warnings,
        string? backendLost,
        DateTimeOffset now)
    {
        var failures = results.Where(r => r.Outcome == TestOutcome.Failed)
            .Select(r => FailureClassifier.Classify(r.ExceptionType, r.Message) is var (cls, reason) ? new SummaryFailure(r.Name, cls, reason) : null!)
            .OrderBy(f => f.Class).ThenBy(f => f.Test, StringComparer.Ordinal)
            .ToArray();

        return new RunSummary
        {
            Mode = decision is null ? "not decided (no test reached the backend fixture)" : ModeName(decision),
            Reason = decision?.Reason ?? "",
            StagingUrl = UrlRedactor.Redact(settings?.StagingUrl),
            ProbeOutcome = decision?.Probe?.ToString(),
            ProbeLatencyMs = decision?.Probe is { Outcome: not Decision.ProbeOutcome.NotConfigured } probe ? Math.Round(probe.Latency.TotalMilliseconds, 1) : null,
            Collected = results.Count,
            Executed = results.Count(r => r.Outcome != TestOutcome.Skipped),
            Passed = results.Count(r => r.Outcome == TestOutcome.Passed),
            Failed = failures.Length,
            Skipped = results.Count(r => r.Outcome == TestOutcome.Skipped),
            BackendLost = backendLost,
            Failures = failures,
            Tests = results.OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => Test(r, runsByTest.GetValueOrDefault(r.Name) ?? [])).ToArray(),
            ContractWarnings = warnings,
            GeneratedAt = now,
        };
    }

    public static string ModeName(ModeDecision decision) => decision.Target switch
    {
        BackendTarget.Staging => "real (staging)",
        BackendTarget.Simulator => "mock (in-process simulator)",
        BackendTarget.Replay => "replay (recorded cassettes)",
        _ => "unavailable (strict real mode without a healthy staging)",
    };

    private static SummaryTest Test(TestResult result, IReadOnlyList<RunMetrics> runs)
    {
        var answered = runs.LastOrDefault(r => r.Completed);
        var indicators = answered?.Indicators ?? new BusinessValueReport(false, false, false, false);
        return new SummaryTest(
            result.Name,
            result.Outcome,
            runs.Count,
            indicators.CostAnalysis,
            indicators.PerformanceMetrics,
            indicators.Recommendations,
            indicators.DataInsights,
            indicators.Count,
            BusinessValueReport.Required,
            runs.Count == 0 ? null : Math.Round(runs.Max(r => r.TimeToFirstEvent.TotalMilliseconds), 1),
            runs.Count == 0 ? null : Math.Round(runs.Max(r => r.TimeToEnd.TotalMilliseconds), 1));
    }
}
