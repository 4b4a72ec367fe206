using System.Collections.Concurrent;
using Netra.E2E.Harness.Verdicts;

namespace Netra.E2E.Harness.Reporting;

/// <summary>
/// How every test of this process ended, as xUnit itself saw it (fed by <see cref="RecordOutcomesAttribute"/>), so the
/// run summary is the same whichever runner started the tests: the Testing Platform or VSTest.
/// </summary>
public static class TestOutcomes
{
    private static readonly ConcurrentDictionary<string, TestResult> s_results = new(StringComparer.Ordinal);

    /// <summary>Raised once, for the first test that failed as infrastructure: the cue for one fresh health probe.</summary>
    public static event Action<string>? FirstInfrastructureFailure;

    private static int s_infrastructureSeen;

    public static void Record(string uniqueId, TestResult result)
    {
        s_results[uniqueId] = result;
        if (result.Outcome == TestOutcome.Failed && FailureClassifier.Classify(result.ExceptionType, result.Message).Class == FailureClass.Infrastructure &&
            Interlocked.Exchange(ref s_infrastructureSeen, 1) == 0)
        {
            FirstInfrastructureFailure?.Invoke(result.Name);
        }
    }

    public static IReadOnlyCollection<TestResult> Snapshot() => s_results.Values.ToArray();
}
