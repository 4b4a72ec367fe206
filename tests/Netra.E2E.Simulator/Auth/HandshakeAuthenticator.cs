using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Netra.E2E.Simulator.Dialects;

namespace Netra.E2E.Simulator.Auth;

/// <summary>The verdict on a handshake's token: the user it names, or why it is refused.</summary>
public sealed record TokenCheck(ClaimsPrincipal? User, TokenProblem? Problem, string Reason)
{
    public string? UserId => User?.FindFirst("sub")?.Value;

    /// <summary>What the refusal repeats of the credential: nothing, unless a fault says otherwise.</summary>
    public CredentialEcho? Echo { get; init; }
}

/// <summary>Decides whether a handshake's token opens a chat; faults decorate it.</summary>
public interface IHandshakeAuthenticator
{
    Task<TokenCheck> CheckAsync(HttpContext context);
}

/// <summary>
/// Authenticates a handshake and says why a token fails in the server's own words: a refusal must never echo any part
/// of the credential it refuses, so no validator message is passed on.
/// </summary>
public sealed class HandshakeAuthenticator : IHandshakeAuthenticator
{
    public async Task<TokenCheck> CheckAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (result.Succeeded)
        {
            var user = result.Principal;
            if (string.IsNullOrEmpty(user.FindFirst("sub")?.Value))
            {
                return new(null, TokenProblem.Invalid, "the token has no sub claim");
            }

            return user.HasClaim(ChatAuthorization.PermissionsClaim, ChatAuthorization.ChatPermission)
                ? new(user, null, "accepted")
                : new(null, TokenProblem.NotPermitted, "the token lacks the \"chat\" permission");
        }

        return result.Failure is { } failure
            ? new(null, failure is SecurityTokenMalformedException ? TokenProblem.Malformed : TokenProblem.Invalid, ReasonOf(failure))
            : new(null, TokenProblem.Missing, "no token was provided");
    }

    private static string ReasonOf(Exception failure) => failure switch
    {
        SecurityTokenMalformedException => "the token is not a well-formed JWT",
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => "the token's signature is invalid",
        SecurityTokenInvalidIssuerException => $"the token's issuer is not {TokenRules.Issuer}",
        SecurityTokenInvalidAudienceException => "the token's audience is not accepted",
        SecurityTokenNoExpirationException => "the token has no expiry",
        AuthenticationFailureException rule => rule.Message,
        _ => "the token failed validation",
    };
}
