using Netra.E2E.Harness.Auth;
using Netra.E2E.Harness.Fixture;
using Netra.E2E.Harness.Verdicts;

namespace Netra.E2E.Harness.BusinessValue;

/// <summary>Who may open a chat: a token the backend must refuse, in whichever form it refuses.</summary>
public static class AccessChecks
{
    /// <summary>
    /// Connects with the token and expects a refusal (HTTP 401 or 403, or an error and close 1008). A welcome instead is a
    /// business failure that says who the backend let in; anything else (no backend at all) keeps its own class.
    /// </summary>
    public static async Task<ConnectionRefusal> ExpectRefusedAsync(this NetraBackendFixture backend, TestUser user, string token, string consequence,
        CancellationToken cancellationToken)
    {
        try
        {
            await using var session = await backend.ConnectAsync(user, cancellationToken);
            throw new BusinessFailureException($"{token} opened a chat as {session.Greeting?.UserId ?? user.Id}: {consequence}");
        }
        catch (InfrastructureFailureException ex) when (ex.Refusal is { } refusal)
        {
            return refusal;
        }
    }
}
