using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Netra.E2E.Harness.Auth;

/// <summary>
/// Signs HS256 tokens as the deployed Netra auth service issues them (netra-protocol.md section 8): the deployed backend
/// refuses a token without token_type "access", with a foreign audience, or older than 24 hours.
/// </summary>
public sealed class TokenIssuer(string secret, TimeProvider? time = null)
{
    public const string Issuer = "netra-auth-service";
    public const string Audience = "netra-platform";
    public const string AccessTokenType = "access";
    private readonly SymmetricSecurityKey _key = new(Encoding.UTF8.GetBytes(secret));
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>A random secret for runs where none is configured: the harness and the in-process simulator share it.</summary>
    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    public TestUser NewUser(string label, TimeSpan? lifetime = null, IReadOnlyList<string>? permissions = null, string? issuer = null)
    {
        var id = $"e2e-{Sanitize(label)}-{Guid.NewGuid().ToString("N")[..12]}";
        var email = $"{id}@e2e.netra.test";
        return new TestUser(id, email, Sign(id, email, lifetime ?? TimeSpan.FromHours(1), permissions ?? ["chat"], issuer ?? Issuer)) { Label = label };
    }

    public string Sign(string userId, string email, TimeSpan lifetime, IReadOnlyList<string> permissions, string issuer) =>
        Sign(userId, email, lifetime, permissions, issuer, AccessTokenType, Audience);

    /// <summary>A token with the given token type and audience (null leaves the claim out), for tests of refused tokens.</summary>
    public string Sign(string userId, string email, TimeSpan lifetime, IReadOnlyList<string> permissions, string issuer, string? tokenType, string? audience)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            IssuedAt = lifetime > TimeSpan.Zero ? now : now + lifetime - TimeSpan.FromMinutes(1),
            NotBefore = lifetime > TimeSpan.Zero ? now : now + lifetime - TimeSpan.FromMinutes(1),
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
            Audience = audience,
            Claims = Claims(userId, email, permissions, tokenType),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    private static Dictionary<string, object> Claims(string userId, string email, IReadOnlyList<string> permissions, string? tokenType)
    {
        var claims = new Dictionary<string, object>
        {
            ["sub"] = userId,
            ["email"] = email,
            ["permissions"] = permissions.ToArray(),
            ["jti"] = Guid.NewGuid().ToString("N"),
        };
        if (tokenType is not null)
        {
            claims["token_type"] = tokenType;
            claims["type"] = tokenType;
        }

        return claims;
    }

    private static string Sanitize(string label) =>
        new(label.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').Take(24).ToArray());
}
