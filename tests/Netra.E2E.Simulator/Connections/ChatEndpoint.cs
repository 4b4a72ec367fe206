using Microsoft.Extensions.Options;
using Netra.E2E.Simulator.Auth;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Hosting;

namespace Netra.E2E.Simulator.Connections;

/// <summary>GET /ws after authorization: upgrades, registers the connection and runs it until it closes.</summary>
public sealed class ChatEndpoint(
    IConnectionRegistry registry,
    IConnectionHandlerFactory handlers,
    IOptions<SimulatorOptions> options,
    TimeProvider time,
    IIdSource ids,
    ServerErrors errors,
    ILogger<ChatEndpoint> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("GET /ws expects a WebSocket upgrade.", context.RequestAborted);
            return;
        }

        var user = context.User;
        var userId = user.FindFirst("sub")?.Value;
        if (string.IsNullOrEmpty(userId))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var subprotocol = TokenSubprotocol.Find(context.Request.Headers.SecWebSocketProtocol);
        using var socket = await context.WebSockets.AcceptWebSocketAsync(subprotocol);
        var identity = new ConnectionIdentity(ids.Next("conn"), userId, TokenLifetime.ExpiryOf(user));
        var connection = new ChatConnection(socket, identity, ConnectionFaults.Of(context), options.Value.MaxFrameBytes, time, errors, logger);
        registry.Add(connection);
        try
        {
            await connection.RunAsync(handlers.Create(connection), context.RequestAborted);
        }
        finally
        {
            registry.Remove(connection);
        }
    }
}
