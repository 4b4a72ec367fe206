using Netra.E2E.Simulator.Auth;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Hosting;

namespace Netra.E2E.Simulator.Connections;

/// <summary>GET /ws: checks the token, refuses it the dialect's way, or upgrades, registers the connection and runs it until it closes.</summary>
public sealed class ChatEndpoint(
    IHandshakeAuthenticator authenticator,
    FaultDecorators faults,
    IConnectionRegistry registry,
    IConnectionHandlerFactory handlers,
    IServerDialect dialect,
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

        var check = await faults.Authenticator(authenticator, ConnectionFaults.Of(context)).CheckAsync(context);
        var subprotocol = dialect.SelectSubprotocol(context.WebSockets.WebSocketRequestedProtocols.ToArray());
        if (check.Problem is { } problem)
        {
            await RefuseAsync(context, dialect.Refuse(problem, check.Reason, check.Echo), subprotocol);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(subprotocol);
        var identity = new ConnectionIdentity(ids.Next("conn"), check.UserId!, TokenLifetime.ExpiryOf(check.User!));
        var connection = new ChatConnection(socket, identity, ConnectionFaults.Of(context), Limit, time, errors, logger);
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

    private FrameLimit Limit => new(dialect.Conduct.FrameLimitBytes, dialect.Conduct.DropsOversizedFrames);

    private async Task RefuseAsync(HttpContext context, HandshakeRefusal refusal, string? subprotocol)
    {
        switch (refusal)
        {
            case StatusRefusal status:
                context.Response.StatusCode = status.StatusCode;
                foreach (var (name, value) in status.Headers)
                {
                    context.Response.Headers[name] = value;
                }

                if (status.Body is { } body)
                {
                    await context.Response.WriteAsJsonAsync(body, context.RequestAborted);
                }

                break;
            case ClosingRefusal closing:
                using (var socket = await context.WebSockets.AcceptWebSocketAsync(subprotocol))
                {
                    var refused = new ChatConnection(socket, new ConnectionIdentity(ids.Next("conn"), "", DateTimeOffset.MaxValue), ConnectionFaults.None, Limit, time, errors, logger);
                    await refused.RunAsync(new RefusingHandler(refused, dialect.Encode(closing.Message), closing.Status, closing.Description), context.RequestAborted);
                }

                break;
        }
    }
}
