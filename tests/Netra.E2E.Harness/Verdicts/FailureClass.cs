namespace Netra.E2E.Harness.Verdicts;

/// <summary>
/// Why a test went red: the backend could not be reached or kept, the product answered wrongly, or (NETRA_E2E_DRIFT=fail)
/// the simulator no longer sends what staging sent when the test's cassette was recorded.
/// </summary>
public enum FailureClass
{
    Infrastructure,
    Business,
    Drift,
}
