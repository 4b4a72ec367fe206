namespace Netra.E2E.Harness.Verdicts;

/// <summary>The backend answered, but not as the product promises: wrong or missing events, broken contract, no value.</summary>
public sealed class BusinessFailureException(string reason) : Exception($"[business] {reason}")
{
    public string Reason { get; } = reason;
}
