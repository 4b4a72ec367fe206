using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Netra.E2E.Simulator.Auth;

namespace Netra.E2E.Simulator.Tests.Support;

/// <summary>What a test token says; by default what the Netra auth service issues to a chat user.</summary>
public sealed record TokenSpec(string UserId)
{
    public string? TokenType { get; init; } = TokenRules.AccessTokenType;
    public string? Audience { get; init; } = "netra-platform";
    public string Issuer { get; init; } = TokenRules.Issuer;
    public TimeSpan IssuedAgo { get; init; } = TimeSpan.Zero;

    /// <summary>From issue to expiry.</summary>
    public TimeSpan Lifetime { get; init; } = TimeSpan.FromMinutes(10);

    public string[] Permissions { get; init; } = [ChatAuthorization.ChatPermission];

    /// <summary>Signed with another secret than the simulator's when set.</summary>
    public string? Secret { get; init; }
}

public static class TestTokens
{
    public static string Sign(TokenSpec spec, string secret)
    {
        var issued = DateTime.UtcNow - spec.IssuedAgo;
        var claims = new Dictionary<string, object>
        {
            ["sub"] = spec.UserId,
            ["email"] = $"{spec.UserId}@simulator.test",
            ["permissions"] = spec.Permissions,
            ["jti"] = Guid.NewGuid().ToString("N"),
        };
        if (spec.TokenType is not null)
        {
            claims["token_type"] = spec.TokenType;
        }

        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = spec.Audience,
            IssuedAt = issued,
            NotBefore = issued,
            Expires = issued + spec.Lifetime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(spec.Secret ?? secret)), SecurityAlgorithms.HmacSha256),
        });
    }
}
