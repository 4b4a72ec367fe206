namespace Netra.E2E.Harness.Verdicts;

/// <summary>The backend answered, but not as the product promises: wrong or missing events, broken contract, no value.</summary>
public sealed class BusinessFailureException(string reason) : Exception($"[business] {reason}")
{
    public string Reason { get; } = reason;

    /// <summary>A cause of the whole run, printed once in full: each test then says it in one line, without a stack trace.</summary>
    public bool RunLevel { get; init; }

    public override string? StackTrace => RunLevel ? null : base.StackTrace;
}
