using Netra.E2E.Harness.Recording;
using Netra.E2E.Harness.Reporting;
using Netra.E2E.Harness.Settings;
using Netra.E2E.Harness.Verdicts;

namespace Netra.E2E.Harness.Drift;

/// <summary>
/// Under NETRA_E2E_DRIFT=fail, a drifted test that otherwise passed is a [drift] failure in the run summary too. Its
/// [drift] exception comes after the test's own outcome was recorded (both are after-test hooks); a test that failed on
/// its own keeps that failure as its class, as xUnit keeps it first.
/// </summary>
public static class DriftOutcomes
{
    public static IReadOnlyCollection<TestResult> Apply(IReadOnlyCollection<TestResult> results, CassetteRun? cassettes)
    {
        if (cassettes is not { DriftMode: DriftMode.Fail, Drift: { } ledger })
        {
            return results;
        }

        var drifted = ledger.Report().Tests.GroupBy(t => t.DisplayName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return results.Select(r => r.Outcome == TestOutcome.Passed && drifted.TryGetValue(r.Name, out var drift)
            ? r with { Outcome = TestOutcome.Failed, ExceptionType = null, Message = $"{FailureClassifier.DriftTag} {drift.FailureMessage}" }
            : r).ToArray();
    }
}
