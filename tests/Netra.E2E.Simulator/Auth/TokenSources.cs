using Microsoft.AspNetCore.Authentication.JwtBearer;
using Netra.E2E.Simulator.Dialects;

namespace Netra.E2E.Simulator.Auth;

/// <summary>Where the handshake's token is read: the Authorization header, else a token subprotocol, else ?token= where the server reads it.</summary>
public static class TokenSources
{
    public const string QueryParameter = "token";

    private const string BearerPrefix = "Bearer ";

    /// <summary>The token as the server reads it, unverified: from the Authorization header, a token subprotocol, or ?token= where read.</summary>
    public static string? Find(HttpRequest request, bool readsQuery)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.Length > 0)
        {
            return authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? authorization[BearerPrefix.Length..].Trim() : null;
        }

        if (TokenSubprotocol.Find(request.Headers.SecWebSocketProtocol) is { } offered)
        {
            return TokenSubprotocol.Decode(offered);
        }

        return readsQuery && request.Query.TryGetValue(QueryParameter, out var query) && !string.IsNullOrEmpty(query) ? query.ToString() : null;
    }

    public static Task Read(MessageReceivedContext context)
    {
        if (context.Request.Headers.Authorization.Count == 0)
        {
            context.Token = Find(context.Request, context.HttpContext.RequestServices.GetRequiredService<IServerDialect>().Conduct.ReadsQueryToken);
        }

        return Task.CompletedTask;
    }
}
