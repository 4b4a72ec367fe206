using Microsoft.Extensions.Options;
using Netra.E2E.Simulator.Auth;
using Netra.E2E.Simulator.Hosting;

namespace Netra.E2E.Simulator.Connections;

/// <summary>GET /ws after authorization: upgrades, registers the connection and runs it until it closes.</summary>
public sealed class ChatEndpoint(
    ConnectionRegistry registry,
    MessageDispatcher dispatcher,
    IOptions<SimulatorOptions> options,
    TimeProvider time,
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
        var faults = ConnectionFaults.From(context.Request, options.Value);
        var connection = new ChatConnection(socket, userId, TokenExpiry(user), faults, options.Value, time, logger);
        registry.Add(connection);
        try
        {
            await connection.RunAsync(dispatcher, context.RequestAborted);
        }
        finally
        {
            registry.Remove(connection);
        }
    }

    private static DateTimeOffset TokenExpiry(System.Security.Claims.ClaimsPrincipal user) =>
        long.TryParse(user.FindFirst("exp")?.Value, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.MaxValue;
}
