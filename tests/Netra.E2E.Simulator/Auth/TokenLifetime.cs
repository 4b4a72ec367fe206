using System.Security.Claims;

namespace Netra.E2E.Simulator.Auth;

/// <summary>A token that expires during a session ends it (1008) at the next client message, not at the expiry.</summary>
public static class TokenLifetime
{
    public static DateTimeOffset ExpiryOf(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirst("exp")?.Value, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.MaxValue;
}
