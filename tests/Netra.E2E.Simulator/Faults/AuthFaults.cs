using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Netra.E2E.Simulator.Auth;
using Netra.E2E.Simulator.Dialects;

namespace Netra.E2E.Simulator.Faults;

/// <summary>
/// AcceptForgedWithTestHeaders: the deployed backend's header bypass. A token that fails validation (wrong signature,
/// expired, unsigned, another issuer) is let in, as its unverified sub, when a header name holds "test" or "e2e" or the
/// User-Agent holds "e2e"; without such a header it is refused as usual.
/// </summary>
public sealed class TestHeaderBypass(IHandshakeAuthenticator inner) : IHandshakeAuthenticator
{
    public async Task<TokenCheck> CheckAsync(HttpContext context)
    {
        var check = await inner.CheckAsync(context);
        return check.Problem == TokenProblem.Invalid && CarriesTestHeader(context.Request.Headers) && UnverifiedToken.Principal(context) is { } user
            ? new TokenCheck(user, null, "accepted unverified: the request carries a test header")
            : check;
    }

    public static bool CarriesTestHeader(IHeaderDictionary headers) =>
        headers.Keys.Any(name => name.Contains("test", StringComparison.OrdinalIgnoreCase) || name.Contains("e2e", StringComparison.OrdinalIgnoreCase)) ||
        headers.UserAgent.ToString().Contains("e2e", StringComparison.OrdinalIgnoreCase);
}

/// <summary>AuthenticateNobody: authentication switched off, every connection is the demo user's, whatever token it brings.</summary>
public sealed class AuthenticateNobody : IHandshakeAuthenticator
{
    public const string DemoUserId = "demo-user-001";

    public Task<TokenCheck> CheckAsync(HttpContext context) => Task.FromResult(new TokenCheck(DemoUser(), null, "accepted: authentication is off"));

    private static ClaimsPrincipal DemoUser() => new(new ClaimsIdentity(
        [new Claim("sub", DemoUserId), new Claim(ChatAuthorization.PermissionsClaim, ChatAuthorization.ChatPermission)], "none", "sub", "role"));
}

/// <summary>EchoTokenInRefusal: a refusal repeats pieces of the credential it refuses, as the deployed backend's does.</summary>
public sealed class EchoTokenInRefusal(IHandshakeAuthenticator inner) : IHandshakeAuthenticator
{
    public async Task<TokenCheck> CheckAsync(HttpContext context)
    {
        var check = await inner.CheckAsync(context);
        if (check.Problem is null)
        {
            return check;
        }

        var port = context.Connection.RemotePort;
        return check with
        {
            Echo = CredentialEcho.Of(UnverifiedToken.Raw(context), context.Request.Headers.Authorization.ToString(), port > 0 ? port : null),
        };
    }
}

/// <summary>The handshake's token read without any check, as a backend that skips validation reads it.</summary>
public static class UnverifiedToken
{
    public static string? Raw(HttpContext context) =>
        TokenSources.Find(context.Request, context.RequestServices.GetRequiredService<IServerDialect>().Conduct.ReadsQueryToken);

    /// <summary>The token's claims as a user, or null when it is not a JWT or names no sub.</summary>
    public static ClaimsPrincipal? Principal(HttpContext context)
    {
        var token = Raw(context);
        var handler = new JsonWebTokenHandler();
        if (token is null || !handler.CanReadToken(token))
        {
            return null;
        }

        try
        {
            // Without exp: a backend that skips the checks does not end the session when the token expires either.
            var claims = handler.ReadJsonWebToken(token).Claims.Where(c => c.Type != "exp");
            var user = new ClaimsPrincipal(new ClaimsIdentity(claims, "unverified", "sub", "role"));
            return string.IsNullOrEmpty(user.FindFirst("sub")?.Value) ? null : user;
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException)
        {
            return null;
        }
    }
}
