using System.Reflection;
using Netra.E2E.Harness.Fixture;
using Netra.E2E.Harness.Settings;
using Xunit.v3;

namespace Netra.E2E.Harness.Recording;

/// <summary>
/// Ends each test's traffic with the test (<c>[assembly: CassettePerTest]</c> in the suite): its cassette is written
/// and compared with the recorded one; under NETRA_E2E_DRIFT=fail a drifted test fails as [drift], beside whatever
/// else it found (xUnit keeps both).
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class CassettePerTestAttribute : BeforeAfterTestAttribute
{
    public override void After(MethodInfo methodUnderTest, IXunitTest test)
    {
        if (SuiteHandOff.Environment?.Cassettes is not { } cassettes)
        {
            return;
        }

        var drift = cassettes.FinishTest(CassetteNames.TestStem(test), test.TestDisplayName);
        if (drift is { Drifted: true } && cassettes.DriftMode == DriftMode.Fail)
        {
            throw new Drift.DriftFailureException(drift.FailureMessage);
        }
    }
}
