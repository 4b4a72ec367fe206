using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Netra.E2E.Simulator.Replay;
using Netra.E2E.Simulator.Tests.Support;

namespace Netra.E2E.Simulator.Tests.Replay;

/// <summary>A temporary cassette directory for one test, and the replay host serving it.</summary>
public sealed class CassetteDirectory : IAsyncDisposable
{
    private readonly List<SimulatorHost> _hosts = [];

    public CassetteDirectory()
    {
        Root = Directory.CreateTempSubdirectory("netra-replay-").FullName;
        Path = Directory.CreateDirectory(System.IO.Path.Combine(Root, "cassettes")).FullName;
    }

    /// <summary>The cassette directory, inside <see cref="Root"/> so a test can put a file just outside it.</summary>
    public string Path { get; }

    public string Root { get; }

    public CassetteDirectory Write(string fileName, string content)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, fileName), content);
        return this;
    }

    public SimulatorHost Host(string speed = "0", Action<IServiceCollection>? services = null)
    {
        var host = new SimulatorHost(new Dictionary<string, string?> { ["Simulator:Replay:Cassettes"] = Path, ["Simulator:Replay:Speed"] = speed }, services);
        _hosts.Add(host);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        Directory.Delete(Root, recursive: true);
    }

    public static Task<TestSocket> ConnectAsync(SimulatorHost host, string cassette, string session, params string[] subprotocols) =>
        host.ConnectAsync(new Handshake
        {
            Subprotocols = subprotocols,
            Headers = new Dictionary<string, string> { [ReplayEndpoint.CassetteHeader] = cassette, [ReplayEndpoint.SessionHeader] = session },
        });

    /// <summary>
    /// GET /ws as an upgrade request straight into the pipeline, naming what these headers name (null: no header):
    /// TestServer's WebSocket client drops a refused handshake's body, this keeps it.
    /// </summary>
    public static async Task<(int Status, string Body, string? ContentType)> RefusedUpgradeAsync(SimulatorHost host, string? cassette, string? session)
    {
        var context = await host.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = "/ws";
            if (cassette is not null)
            {
                c.Request.Headers[ReplayEndpoint.CassetteHeader] = cassette;
            }

            if (session is not null)
            {
                c.Request.Headers[ReplayEndpoint.SessionHeader] = session;
            }

            c.Features.Set<IHttpWebSocketFeature>(new UpgradeRequested());
        }, TestContext.Current.CancellationToken);
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync(TestContext.Current.CancellationToken);
        return (context.Response.StatusCode, body, context.Response.ContentType);
    }

    private sealed class UpgradeRequested : IHttpWebSocketFeature
    {
        public bool IsWebSocketRequest => true;

        public Task<WebSocket> AcceptAsync(WebSocketAcceptContext context) => throw new InvalidOperationException("A refused handshake is never upgraded.");
    }
}

/// <summary>Cassettes written the way the recorder writes them (cassette-format.md), small enough to read in a test.</summary>
public static class Tape
{
    public const string ClientClose = """{ "code": 1000, "by": "client" }""";

    public static string Cassette(params string[] sessions) => $$"""
        {
          "format": "netra-e2e-cassette/1",
          "test": "ReplayTests.Example",
          "mode": "real",
          "backend": "netra-ai-platform 1.0.0",
          "dialect": "staging",
          "sessions": [{{string.Join(",\n", sessions)}}]
        }

        """;

    public static string Session(string key, string[] frames, string close = ClientClose, string? subprotocol = null) => $$"""
        {
          "key": "{{key}}",
          "handshake": { "status": 101, "subprotocol": {{(subprotocol is null ? "null" : $"\"{subprotocol}\"")}} },
          "close": {{close}},
          "frames": [{{string.Join(",\n", frames)}}]
        }
        """;

    public static string Refused(string key, int status, string? body) => $$"""
        {
          "key": "{{key}}",
          "handshake": { "status": {{status}}, "subprotocol": null{{(body is null ? "" : $", \"body\": {System.Text.Json.JsonSerializer.Serialize(body)}")}} },
          "close": null,
          "frames": []
        }
        """;

    public static string In(int turn, int atMs, string json) => $$"""{ "turn": {{turn}}, "direction": "in", "atMs": {{atMs}}, "json": {{json}} }""";

    public static string InText(int turn, int atMs, string text) =>
        $$"""{ "turn": {{turn}}, "direction": "in", "atMs": {{atMs}}, "text": {{System.Text.Json.JsonSerializer.Serialize(text)}} }""";

    public static string Out(int turn, string json) => $$"""{ "turn": {{turn}}, "direction": "out", "atMs": 0, "json": {{json}} }""";

    public static string OutText(int turn, string text) =>
        $$"""{ "turn": {{turn}}, "direction": "out", "atMs": 0, "text": {{System.Text.Json.JsonSerializer.Serialize(text)}} }""";
}
