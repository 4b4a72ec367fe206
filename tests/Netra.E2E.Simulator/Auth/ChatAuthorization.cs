using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Netra.E2E.Simulator.Hosting;

namespace Netra.E2E.Simulator.Auth;

/// <summary>
/// JWT validation on the WebSocket handshake. Refusals happen before the upgrade: 401 for a missing or bad token,
/// 403 for a valid token without the "chat" permission. No header bypasses it.
/// </summary>
public static class ChatAuthorization
{
    public const string PolicyName = "chat";
    public const string Issuer = "netra-auth-service";
    public const string PermissionsClaim = "permissions";
    public const string ChatPermission = "chat";
    public const string SubprotocolPrefix = "jwt.";

    public static IServiceCollection AddNetraAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var key = new SymmetricSecurityKey(JwtSecret.Read(configuration));
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateIssuer = true,
                ValidIssuer = Issuer,
                ValidateAudience = false,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                ClockSkew = TimeSpan.Zero,
                IssuerSigningKey = key,
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                NameClaimType = "sub",
            };
            options.Events = new JwtBearerEvents { OnMessageReceived = ReadTokenFromSubprotocol };
        });
        services.AddAuthorizationBuilder().AddPolicy(PolicyName, policy =>
            policy.RequireAuthenticatedUser().RequireClaim(PermissionsClaim, ChatPermission));
        return services;
    }

    /// <summary>Browsers cannot set headers, so the token may come as the subprotocol jwt.&lt;base64url(jwt)&gt;.</summary>
    private static Task ReadTokenFromSubprotocol(MessageReceivedContext context)
    {
        if (context.Request.Headers.Authorization.Count > 0)
        {
            return Task.CompletedTask;
        }

        var offered = TokenSubprotocol.Find(context.Request.Headers.SecWebSocketProtocol);
        if (offered is not null)
        {
            context.Token = TokenSubprotocol.Decode(offered);
        }

        return Task.CompletedTask;
    }
}
