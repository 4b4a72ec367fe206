using System.Text.Json;

namespace Netra.E2E.Simulator.Replay;

/// <summary>
/// GET /ws in replay: the upgrade request's headers name a cassette and one of its sessions. A name that finds nothing
/// is answered 404 and a cassette that cannot be read 422, before any upgrade, with a plain-text body saying what was
/// wrong; a session recorded as refused is refused again; any other is accepted and replayed.
/// </summary>
public sealed class ReplayEndpoint(CassetteLibrary cassettes, ReplayOptions options, TimeProvider time, ILogger<ReplayEndpoint> logger)
{
    public const string CassetteHeader = "X-Netra-Cassette";
    public const string SessionHeader = "X-Netra-Cassette-Session";

    public async Task HandleAsync(HttpContext context)
    {
        var (session, status, problem) = Find(context.Request.Headers);
        if (session is null)
        {
            await AnswerAsync(context, status, problem, "text/plain; charset=utf-8");
            return;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            await AnswerAsync(context, StatusCodes.Status400BadRequest, "GET /ws expects a WebSocket upgrade.", "text/plain; charset=utf-8");
            return;
        }

        if (session.HandshakeStatus != StatusCodes.Status101SwitchingProtocols)
        {
            await RefuseAsync(context, session);
            return;
        }

        var offered = context.WebSockets.WebSocketRequestedProtocols;
        var subprotocol = session.Subprotocol is { } recorded ? offered.FirstOrDefault(o => PlaceholderBinder.Fits(recorded, o)) : null;
        using var socket = await context.WebSockets.AcceptWebSocketAsync(subprotocol);
        await new ReplaySession(socket, session, options, time, logger).RunAsync(context.RequestAborted);
    }

    private (RecordedSession? Session, int Status, string Problem) Find(IHeaderDictionary headers)
    {
        var fileName = headers[CassetteHeader].ToString();
        if (fileName.Length == 0)
        {
            return (null, StatusCodes.Status404NotFound, $"no {CassetteHeader} header: name the cassette to replay, a file in {cassettes.Directory}");
        }

        var opening = cassettes.Open(fileName);
        if (opening.Cassette is not { } cassette)
        {
            return (null, opening.Status, opening.Problem);
        }

        var key = headers[SessionHeader].ToString();
        if (key.Length == 0)
        {
            return (null, StatusCodes.Status404NotFound, $"no {SessionHeader} header: name the session of \"{fileName}\" to replay (it has: {cassette.Keys})");
        }

        return cassette.Session(key) is { } session
            ? (session, StatusCodes.Status200OK, "")
            : (null, StatusCodes.Status404NotFound, $"cassette \"{fileName}\" has no session \"{key}\" (it has: {cassette.Keys})");
    }

    /// <summary>The recorded refusal: its status, and its body (the format keeps no content type: JSON if it parses, else text).</summary>
    private static Task RefuseAsync(HttpContext context, RecordedSession session)
    {
        if (session.HandshakeBody is not { } recorded)
        {
            context.Response.StatusCode = session.HandshakeStatus;
            return Task.CompletedTask;
        }

        var body = new PlaceholderBinder().Substitute(recorded);
        return AnswerAsync(context, session.HandshakeStatus, body, IsJson(body) ? "application/json; charset=utf-8" : "text/plain; charset=utf-8");
    }

    private static async Task AnswerAsync(HttpContext context, int status, string body, string contentType)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body, context.RequestAborted);
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
