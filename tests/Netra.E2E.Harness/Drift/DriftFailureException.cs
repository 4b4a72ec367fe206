using Netra.E2E.Harness.Verdicts;

namespace Netra.E2E.Harness.Drift;

/// <summary>NETRA_E2E_DRIFT=fail: the simulator no longer sends what staging sent for this test. Says nothing about the product.</summary>
public sealed class DriftFailureException(string reason) : Exception($"{FailureClassifier.DriftTag} {reason}")
{
    public string Reason { get; } = reason;

    /// <summary>Drift is about the traffic, not about a line of code: no stack trace.</summary>
    public override string? StackTrace => null;
}
