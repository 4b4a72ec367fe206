using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Netra.E2E.Harness.Auth;

/// <summary>Signs HS256 tokens with the claims the protocol names, as the Netra auth service would.</summary>
public sealed class TokenIssuer(string secret, TimeProvider? time = null)
{
    public const string Issuer = "netra-auth-service";
    private readonly SymmetricSecurityKey _key = new(Encoding.UTF8.GetBytes(secret));
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>A random secret for runs where none is configured: the harness and the in-process simulator share it.</summary>
    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    public TestUser NewUser(string label, TimeSpan? lifetime = null, IReadOnlyList<string>? permissions = null, string? issuer = null)
    {
        var id = $"e2e-{Sanitize(label)}-{Guid.NewGuid().ToString("N")[..12]}";
        var email = $"{id}@e2e.netra.test";
        return new TestUser(id, email, Sign(id, email, lifetime ?? TimeSpan.FromHours(1), permissions ?? ["chat"], issuer ?? Issuer));
    }

    public string Sign(string userId, string email, TimeSpan lifetime, IReadOnlyList<string> permissions, string issuer)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            IssuedAt = lifetime > TimeSpan.Zero ? now : now + lifetime - TimeSpan.FromMinutes(1),
            NotBefore = lifetime > TimeSpan.Zero ? now : now + lifetime - TimeSpan.FromMinutes(1),
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = userId,
                ["email"] = email,
                ["permissions"] = permissions.ToArray(),
                ["jti"] = Guid.NewGuid().ToString("N"),
            },
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    private static string Sanitize(string label) =>
        new(label.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').Take(24).ToArray());
}
