namespace Netra.E2E.Harness.Verdicts;

/// <summary>
/// The backend refused a token: HTTP 401 or 403 before the upgrade (the contract), or an accepted upgrade followed by
/// an error and close 1008 (the deployed backend). ErrorCode and Message are the server's, when it gave them.
/// </summary>
public sealed record ConnectionRefusal(string How, string? ErrorCode = null, string? Message = null)
{
    /// <summary>Everything the server sent with its refusal (frames, close reason), to check it reveals nothing. Never printed.</summary>
    public string Evidence { get; init; } = "";

    public override string ToString() => ErrorCode is null && Message is null ? How : $"{How}: {ErrorCode} {Message}".TrimEnd();
}
