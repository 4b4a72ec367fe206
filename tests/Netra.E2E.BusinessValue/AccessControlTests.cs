using Netra.E2E.Harness.Auth;

namespace Netra.E2E.BusinessValue;

/// <summary>
/// Only a signed-in chat user may talk to the agents. Not in the old catalogue (its staging let "E2E test" headers skip
/// JWT checks); added because a backend that accepts any token must not pass this suite.
/// </summary>
[Trait("Catalogue", "AccessControl")]
public sealed class AccessControlTests(NetraBackendFixture backend)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(DisplayName = "A token signed with the wrong secret is refused")]
    public async Task Forged_token_is_refused()
    {
        backend.RequireBackend();
        var forged = new TokenIssuer(TokenIssuer.NewSecret()).NewUser("forger");

        await backend.ExpectRefusedAsync(forged, "a token signed with the wrong secret", "the backend authenticated nobody; a forged token must never open a chat", Ct);
    }

    [Fact(DisplayName = "An expired token is refused")]
    public async Task Expired_token_is_refused()
    {
        backend.RequireBackend();
        backend.RequireDistinctUsers();
        var issuer = backend.Environment.Issuer!;
        var expired = issuer.NewUser("expired", lifetime: TimeSpan.FromMinutes(-5));

        await backend.ExpectRefusedAsync(expired, "a token that expired 5 minutes ago", "the backend does not check expiry; an expired token must never open a chat", Ct);
    }
}
