using System.Diagnostics;

namespace Netra.E2E.Harness.Session;

/// <summary>Time since the test run started, one clock for the whole process, for the run's time cap.</summary>
public static class RunClock
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();

    public static TimeSpan Elapsed => Clock.Elapsed;
}
