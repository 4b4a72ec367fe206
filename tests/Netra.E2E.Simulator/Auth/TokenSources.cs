using Microsoft.AspNetCore.Authentication.JwtBearer;
using Netra.E2E.Simulator.Dialects;

namespace Netra.E2E.Simulator.Auth;

/// <summary>Where the handshake's token is read: the Authorization header, else a token subprotocol, else ?token= where the server reads it.</summary>
public static class TokenSources
{
    public const string QueryParameter = "token";

    public static Task Read(MessageReceivedContext context)
    {
        var request = context.Request;
        if (request.Headers.Authorization.Count > 0)
        {
            return Task.CompletedTask;
        }

        if (TokenSubprotocol.Find(request.Headers.SecWebSocketProtocol) is { } offered)
        {
            context.Token = TokenSubprotocol.Decode(offered);
        }
        else if (context.HttpContext.RequestServices.GetRequiredService<IServerDialect>().Conduct.ReadsQueryToken &&
                 request.Query.TryGetValue(QueryParameter, out var query) && !string.IsNullOrEmpty(query))
        {
            context.Token = query.ToString();
        }

        return Task.CompletedTask;
    }
}
