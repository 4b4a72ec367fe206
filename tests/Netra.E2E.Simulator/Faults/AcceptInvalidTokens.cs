using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Netra.E2E.Simulator.Faults;

/// <summary>
/// The AcceptInvalidTokens fault, decorating the JWT handler's failure event: a forged or expired token is let in,
/// as a regressed auth check would, so the suite can prove it notices.
/// </summary>
public static class AcceptInvalidTokens
{
    public static void Decorate(JwtBearerOptions options)
    {
        var inner = options.Events.OnAuthenticationFailed;
        options.Events.OnAuthenticationFailed = async context =>
        {
            await inner(context);
            if (ConnectionFaults.Of(context.HttpContext).Has(SimulatorFault.AcceptInvalidTokens))
            {
                Accept(context);
            }
        };
    }

    private static void Accept(AuthenticationFailedContext context)
    {
        var token = context.Request.Headers.Authorization.ToString().Replace("Bearer ", "", StringComparison.Ordinal);
        var handler = new JsonWebTokenHandler();
        if (!handler.CanReadToken(token))
        {
            return;
        }

        var claims = handler.ReadJsonWebToken(token).Claims;
        context.Principal = new ClaimsPrincipal(new ClaimsIdentity(claims, "faulty", "sub", "role"));
        context.Success();
    }
}
