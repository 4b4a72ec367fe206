using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Netra.E2E.Simulator.Auth;

/// <summary>
/// What the Netra auth service accepts (netra-protocol.md section 8): HS256, issuer netra-auth-service, token_type
/// "access", sub, jti, iat and exp; an audience, if any, from its list; issued no more than 24 hours ago.
/// </summary>
public static class TokenRules
{
    public const string Issuer = "netra-auth-service";
    public const string AccessTokenType = "access";
    public static readonly IReadOnlyList<string> Audiences = ["netra-platform", "netra-services", "netra-backend", "netra-admin"];
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);

    public static TokenValidationParameters Parameters(SecurityKey key) => new()
    {
        ValidateIssuer = true,
        ValidIssuer = Issuer,
        ValidateAudience = true,
        AudienceValidator = (audiences, _, _) => !audiences.Any() || audiences.Any(Audiences.Contains),
        ValidateLifetime = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ClockSkew = TimeSpan.Zero,
        IssuerSigningKey = key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        NameClaimType = "sub",
    };

    /// <summary>The claim rules the signature check leaves to the auth service, checked once the token is otherwise valid.</summary>
    public static Task CheckClaimsAsync(TokenValidatedContext context)
    {
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        if (Violation(context.Principal!, now) is { } violation)
        {
            context.Fail(violation);
        }

        return Task.CompletedTask;
    }

    /// <summary>Why the auth service would refuse these claims, or null when it would not.</summary>
    public static string? Violation(ClaimsPrincipal principal, DateTimeOffset now)
    {
        if (principal.FindFirst("token_type")?.Value != AccessTokenType)
        {
            return $"token_type must be \"{AccessTokenType}\"";
        }

        foreach (var claim in new[] { "sub", "jti", "iat" })
        {
            if (string.IsNullOrEmpty(principal.FindFirst(claim)?.Value))
            {
                return $"the token has no {claim} claim";
            }
        }

        if (!long.TryParse(principal.FindFirst("iat")!.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var issued))
        {
            return "iat must be a whole number of seconds";
        }

        return now - DateTimeOffset.FromUnixTimeSeconds(issued) > MaxAge ? "the token was issued more than 24 hours ago" : null;
    }
}
