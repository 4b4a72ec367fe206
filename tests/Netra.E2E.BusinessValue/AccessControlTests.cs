using System.Text;
using Microsoft.IdentityModel.Tokens;
using Netra.E2E.Harness.Auth;

namespace Netra.E2E.BusinessValue;

/// <summary>
/// Only a signed-in chat user may talk to the agents. Not in the old catalogue: its staging let "E2E test" headers skip
/// JWT checks (the deployed backend still does), so a forged token must be refused whatever headers come with it, and a
/// refusal must not echo the credential it refuses. The suite sends none of these headers on any other connection.
/// </summary>
[Trait("Category", "AccessControl")]
public sealed class AccessControlTests(NetraBackendFixture backend)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The headers the old suite sent on every connection, and one made up in their spirit.</summary>
    public static TheoryData<string> TestHeaders => new()
    {
        "X-Test-Type: E2E", "X-Test-Environment: staging", "X-Test-Session: e2e-session-1", "X-E2E-Test: true", "X-Test-Mode: true",
        "User-Agent: Netra-E2E-Tests/1.0", "X-E2E-Bypass: true",
    };

    [Fact(DisplayName = "A token signed with the wrong secret is refused")]
    public async Task Forged_token_is_refused()
    {
        backend.RequireBackend();
        var forged = new TokenIssuer(TokenIssuer.NewSecret()).NewUser("forger");

        await backend.ExpectRefusedAsync(forged, "a token signed with the wrong secret", "the backend authenticated nobody; a forged token must never open a chat", Ct);
    }

    [Theory(DisplayName = "A forged token is refused whatever test header comes with it")]
    [MemberData(nameof(TestHeaders))]
    public async Task Forged_token_with_a_test_header_is_refused(string header)
    {
        backend.RequireBackend();
        var (name, value) = (header[..header.IndexOf(':')], header[(header.IndexOf(':') + 1)..].Trim());
        var forged = new TokenIssuer(TokenIssuer.NewSecret()).NewUser("forger");

        await backend.ExpectRefusedAsync(forged, $"a token signed with the wrong secret, sent with '{header}',",
            $"the header {name} let it bypass authentication", Ct, new Dictionary<string, string> { [name] = value });
    }

    [Fact(DisplayName = "An unsigned token (alg none) is refused")]
    public async Task Unsigned_token_is_refused()
    {
        backend.RequireBackend();
        var forger = new TokenIssuer(TokenIssuer.NewSecret()).NewUser("unsigned");
        var unsigned = forger with { Token = Unsigned(forger.Token) };

        await backend.ExpectRefusedAsync(unsigned, "a token with no signature (alg none)", "the backend does not check signatures", Ct);
    }

    [Trait("Category", "SignsTokens")]
    [Fact(DisplayName = "A token of another issuer is refused")]
    public async Task Token_of_another_issuer_is_refused()
    {
        backend.RequireBackend();
        backend.RequireDistinctUsers();
        var user = backend.Environment.Issuer!.NewUser("other-issuer");
        var foreign = user with { Token = backend.Environment.Issuer.Sign(user.Id, user.Email, TimeSpan.FromHours(1), ["chat"], "some-other-auth-service") };

        await backend.ExpectRefusedAsync(foreign, "a token of another issuer", "the backend does not check who issued its tokens", Ct);
    }

    [Trait("Category", "SignsTokens")]
    [Fact(DisplayName = "An expired token is refused")]
    public async Task Expired_token_is_refused()
    {
        backend.RequireBackend();
        backend.RequireDistinctUsers();
        var issuer = backend.Environment.Issuer!;
        var expired = issuer.NewUser("expired", lifetime: TimeSpan.FromMinutes(-5));

        await backend.ExpectRefusedAsync(expired, "a token that expired 5 minutes ago", "the backend does not check expiry; an expired token must never open a chat", Ct);
    }

    /// <summary>The same claims with the header's algorithm set to none and the signature dropped.</summary>
    private static string Unsigned(string token)
    {
        var parts = token.Split('.');
        return $"{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes("""{"alg":"none","typ":"JWT"}"""))}.{parts[1]}.";
    }
}
