using Netra.E2E.Harness.Verdicts;

namespace Netra.E2E.Harness.Reporting;

public enum TestOutcome { Passed, Failed, Skipped }

/// <summary>How one test ended, as the test platform reported it.</summary>
public sealed record TestResult(string Name, TestOutcome Outcome, string? ExceptionType = null, string? Message = null);

public sealed record SummaryFailure(string Test, FailureClass Class, string Reason);

public sealed record SummaryTest(
    string Name,
    TestOutcome Outcome,
    int Runs,
    bool CostAnalysis,
    bool PerformanceMetrics,
    bool Recommendations,
    bool DataInsights,
    int Indicators,
    int RequiredIndicators,
    double? FirstEventMs,
    double? CompletionMs);

/// <summary>Everything a person reading CI output needs to tell "staging is down" from "the product regressed".</summary>
public sealed record RunSummary
{
    public required string Mode { get; init; }
    public required string Reason { get; init; }
    public required string StagingUrl { get; init; }
    public string? ProbeOutcome { get; init; }
    public double? ProbeLatencyMs { get; init; }
    public int Collected { get; init; }
    public int Executed { get; init; }
    public int Passed { get; init; }
    public int Failed { get; init; }
    public int Skipped { get; init; }
    public double ExecutionRate => Collected == 0 ? 0 : (double)Executed / Collected;
    public int InfrastructureFailures => Failures.Count(f => f.Class == FailureClass.Infrastructure);
    public int BusinessFailures => Failures.Count(f => f.Class == FailureClass.Business);
    public int DriftFailures => Failures.Count(f => f.Class == FailureClass.Drift);
    public string? BackendLost { get; init; }

    /// <summary>Who answered: service and version; for the simulator, its dialect, answer style and seed (to replay a failure).</summary>
    public string? Backend { get; init; }
    public IReadOnlyList<SummaryFailure> Failures { get; init; } = [];
    public IReadOnlyList<SummaryTest> Tests { get; init; } = [];
    public IReadOnlyList<string> ContractWarnings { get; init; } = [];

    /// <summary>How the live simulator differs from the cassettes staging left (NETRA_E2E_CASSETTES); null when nothing was compared.</summary>
    public Drift.SimulatorDrift? SimulatorDrift { get; init; }

    /// <summary>The run's pacing and how long runs waited for the run budget; null when no test reached the backend.</summary>
    public RunBudgetReport? RunBudget { get; init; }

    /// <summary>Per test and per iteration of the loop (NETRA_E2E_ITERATIONS), and the pass-rate gate.</summary>
    public Loop.LoopReport? Loop { get; init; }

    /// <summary>The last runs of the history file (NETRA_E2E_HISTORY), this one included.</summary>
    public History.HistoryReport? History { get; init; }
    public DateTimeOffset GeneratedAt { get; init; }

    /// <summary>The verdict in one line.</summary>
    public string Verdict => Executed == 0
        ? Collected == 0
            ? "NO TESTS RAN: no test matched, or none reached the suite (check the filter)"
            : $"NO TESTS RAN: all {Collected} test(s) were skipped"
        : Failed == 0
        ? $"PASSED: {Passed} passed, {Skipped} skipped, on {Mode}"
        : InfrastructureFailures > 0 && BusinessFailures == 0
            ? $"INFRASTRUCTURE: {InfrastructureFailures} test(s) could not reach or keep the backend; this says nothing about the product"
            : BusinessFailures > 0 && InfrastructureFailures == 0
                ? $"BUSINESS REGRESSION: {BusinessFailures} test(s) got wrong or missing value from a reachable backend"
                : DriftFailures == Failed
                    ? $"DRIFT: {DriftFailures} test(s) found the simulator no longer sending what staging sent; this says nothing about the product"
                    : $"MIXED: {InfrastructureFailures} infrastructure and {BusinessFailures} business failure(s)";
}
