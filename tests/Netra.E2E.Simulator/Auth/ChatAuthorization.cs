using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Netra.E2E.Simulator.Hosting;

namespace Netra.E2E.Simulator.Auth;

/// <summary>
/// JWT validation of the WebSocket handshake, with the auth service's rules (<see cref="TokenRules"/>) in every dialect.
/// The chat endpoint asks for the verdict itself, so that each dialect can refuse in its own way; no header bypasses it.
/// </summary>
public static class ChatAuthorization
{
    public const string PermissionsClaim = "permissions";
    public const string ChatPermission = "chat";

    public static IServiceCollection AddNetraAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var key = new SymmetricSecurityKey(JwtSecret.Read(configuration));
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters = TokenRules.Parameters(key);
            options.Events = new JwtBearerEvents { OnMessageReceived = TokenSources.Read, OnTokenValidated = TokenRules.CheckClaimsAsync };
        });
        return services;
    }
}
