using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Netra.E2E.Harness.Auth;

namespace Netra.E2E.Harness.Connection;

/// <summary>
/// The in-process simulator's answer to a refused upgrade: status line, headers and body. TestServer's WebSocket client
/// reports only the status, so the same upgrade is sent once more through the server itself to read the rest, only to
/// check that the refusal reveals nothing of the credential. Never printed.
/// </summary>
public static class InProcessRefusal
{
    public static async Task<string> ReadAsync(InProcessSimulator simulator, TestUser user, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
    {
        try
        {
            var context = await simulator.Server.SendAsync(c =>
            {
                c.Request.Method = HttpMethods.Get;
                c.Request.Path = "/ws";
                c.Request.Headers.Authorization = $"Bearer {user.Token}";
                foreach (var (name, value) in headers)
                {
                    c.Request.Headers[name] = value;
                }

                c.Features.Set<IHttpWebSocketFeature>(new UpgradeNotTaken());
            }, cancellationToken);
            var text = new StringBuilder($"{context.Response.StatusCode}\n");
            foreach (var (name, values) in context.Response.Headers)
            {
                text.Append(name).Append(": ").Append(values.ToString()).Append('\n');
            }

            using var body = new StreamReader(context.Response.Body);
            return text.Append(await body.ReadToEndAsync(cancellationToken)).ToString();
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or OperationCanceledException)
        {
            return "";
        }
    }

    /// <summary>Says "this is an upgrade" so the endpoint decides on the token; never accepts one.</summary>
    private sealed class UpgradeNotTaken : IHttpWebSocketFeature
    {
        public bool IsWebSocketRequest => true;

        public Task<WebSocket> AcceptAsync(WebSocketAcceptContext context) => throw new InvalidOperationException("the refusal is being read, not accepted");
    }
}
