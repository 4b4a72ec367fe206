namespace Netra.E2E.Harness.Reporting.Loop;

/// <summary>One test across every iteration of the loop: how often it passed, how it failed, how fast its runs were.</summary>
public sealed record TestLoopStats(
    string Test,
    int Executions,
    int Passed,
    int Failed,
    int Skipped,
    int BusinessFailures,
    int InfrastructureFailures,
    int Runs,
    double? FirstEventP50Ms,
    double? FirstEventP95Ms,
    double? CompletionP50Ms,
    double? CompletionP95Ms)
{
    /// <summary>Passed over executed (skips not counted); 0 when nothing executed.</summary>
    public double PassRate => Executions - Skipped is var executed and > 0 ? (double)Passed / executed : 0;

    /// <summary>Passed in some iterations and failed in others: the product's answers, or a check, are not stable.</summary>
    public bool Flaky => Passed > 0 && Failed > 0;
}

/// <summary>One iteration of the catalogue: what executed of what was collected, and what passed of what executed.</summary>
public sealed record IterationStats(int Iteration, int Collected, int Executed, int Passed, int Failed, int Skipped)
{
    public double ExecutionRate => Collected == 0 ? 0 : (double)Executed / Collected;

    public double PassRate => Executed == 0 ? 0 : (double)Passed / Executed;
}

/// <summary>The pass-rate gate (NETRA_E2E_MIN_PASS_RATE): the loop passes when at least this share of executed tests passed.</summary>
public sealed record GateVerdict(double MinPassRate, double PassRate, int PassedTests, int ExecutedTests)
{
    // A rate equal to the minimum passes, whichever way its decimal was written ("0.95" or "95%").
    public bool Passed => PassRate >= MinPassRate - 1e-9;

    public string Text => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{(Passed ? "PASSED" : "FAILED")}: pass rate {PassRate:P1} ({PassedTests} of {ExecutedTests} executed) {(Passed ? "is at least" : "is below")} {Settings.GateSettingsReader.MinPassRateVariable} {MinPassRate:P1}");
}

/// <summary>The catalogue run N times in one process, grouped back per test and per iteration.</summary>
public sealed record LoopReport
{
    public int Iterations { get; init; }
    public int Collected { get; init; }
    public int Executed { get; init; }
    public int Passed { get; init; }
    public double ExecutionRate => Collected == 0 ? 0 : (double)Executed / Collected;
    public double PassRate => Executed == 0 ? 0 : (double)Passed / Executed;

    /// <summary>Over every run of every test.</summary>
    public double? FirstEventP95Ms { get; init; }

    public double? CompletionP95Ms { get; init; }
    public IReadOnlyList<string> Flaky => Tests.Where(t => t.Flaky).Select(t => t.Test).ToArray();
    public IReadOnlyList<IterationStats> PerIteration { get; init; } = [];
    public IReadOnlyList<TestLoopStats> Tests { get; init; } = [];

    /// <summary>Null without NETRA_E2E_MIN_PASS_RATE.</summary>
    public GateVerdict? Gate { get; init; }
}
