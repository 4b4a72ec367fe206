using Netra.E2E.Harness.Reporting.Loop;

namespace Netra.E2E.Harness.Reporting.History;

/// <summary>One run of the suite, as one line of the history file.</summary>
public sealed record HistoryEntry
{
    public DateTimeOffset At { get; init; }
    public string Mode { get; init; } = "";

    /// <summary>Who answered (service and version; the simulator's dialect, style and seed).</summary>
    public string? Backend { get; init; }

    public int Iterations { get; init; } = 1;
    public int Collected { get; init; }
    public int Executed { get; init; }
    public int Passed { get; init; }
    public int Failed { get; init; }
    public int Skipped { get; init; }
    public double PassRate { get; init; }
    public double ExecutionRate { get; init; }
    public double? FirstEventP95Ms { get; init; }
    public double? CompletionP95Ms { get; init; }
    public int Flaky { get; init; }
    public double? BudgetWaitMs { get; init; }

    /// <summary>Null when the run had no pass-rate gate.</summary>
    public bool? GatePassed { get; init; }

    public static HistoryEntry Of(RunSummary summary, LoopReport loop) => new()
    {
        At = summary.GeneratedAt,
        Mode = summary.Mode,
        Backend = summary.Backend,
        Iterations = loop.Iterations,
        Collected = summary.Collected,
        Executed = summary.Executed,
        Passed = summary.Passed,
        Failed = summary.Failed,
        Skipped = summary.Skipped,
        PassRate = Math.Round(loop.PassRate, 4),
        ExecutionRate = Math.Round(loop.ExecutionRate, 4),
        FirstEventP95Ms = loop.FirstEventP95Ms,
        CompletionP95Ms = loop.CompletionP95Ms,
        Flaky = loop.Flaky.Count,
        BudgetWaitMs = summary.RunBudget?.TotalWaitMs,
        GatePassed = loop.Gate?.Passed,
    };
}
