using Netra.E2E.Harness.Auth;
using Netra.E2E.Harness.Fixture;
using Netra.E2E.Harness.Verdicts;

namespace Netra.E2E.Harness.BusinessValue;

/// <summary>Who may open a chat: a token the backend must refuse, in whichever form it refuses.</summary>
public static class AccessChecks
{
    /// <summary>
    /// Connects with the token (and any headers) and expects a refusal: HTTP 401 or 403, or an error and close 1008. A
    /// welcome instead is a business failure that says who the backend let in; a refusal that echoes any 8 characters of
    /// the token is one too. Anything else (no backend at all) keeps its own class.
    /// </summary>
    public static async Task<ConnectionRefusal> ExpectRefusedAsync(this NetraBackendFixture backend, TestUser user, string token, string consequence,
        CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? headers = null)
    {
        ConnectionRefusal refusal;
        try
        {
            await using var session = await backend.ConnectAsync(user, headers ?? new Dictionary<string, string>(), cancellationToken);
            throw new BusinessFailureException($"{token} opened a chat as {session.Greeting?.UserId ?? user.Id}: {consequence}");
        }
        catch (InfrastructureFailureException ex) when (ex.Refusal is { } refused)
        {
            refusal = refused;
        }

        if (EchoedPiece(user.Token, refusal.Evidence) is { } at)
        {
            throw new BusinessFailureException(
                $"the refusal echoes part of the credential: {PieceLength} or more characters of the refused token (from its character {at}) came back in what the server sent ({refusal.How})");
        }

        return refusal;
    }

    /// <summary>How long a piece of a credential may not appear in a refusal.</summary>
    public const int PieceLength = 8;

    /// <summary>Where the first piece of the token that the evidence repeats starts, or null.</summary>
    private static int? EchoedPiece(string token, string evidence)
    {
        for (var at = 0; at + PieceLength <= token.Length; at++)
        {
            if (evidence.Contains(token.AsSpan(at, PieceLength), StringComparison.Ordinal))
            {
                return at;
            }
        }

        return null;
    }
}
