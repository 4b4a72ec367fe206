namespace Netra.E2E.Harness.Verdicts;

/// <summary>
/// The backend could not be reached or kept: probe failed in strict mode, connect or handshake refused, socket closed
/// early, HTTP 5xx, or a deadline passed with no event at all. Says nothing about the product's answers.
/// </summary>
public sealed class InfrastructureFailureException(string reason, Exception? inner = null)
    : Exception($"[infrastructure] {reason}", inner)
{
    public string Reason { get; } = reason;

    /// <summary>Set when the backend refused the token: the test asked for a chat and was told no.</summary>
    public ConnectionRefusal? Refusal { get; init; }

    /// <summary>Set when the backend failed the connection itself before greeting it (an error, then close 1011).</summary>
    public string? ConnectionError { get; init; }

    /// <summary>A cause of the whole run, printed once in full: each test then says it in one line, without a stack trace.</summary>
    public bool RunLevel { get; init; }

    public override string? StackTrace => RunLevel ? null : base.StackTrace;
}
