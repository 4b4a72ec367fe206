using System.Net.WebSockets;
using Netra.E2E.Harness.Auth;
using Netra.E2E.Harness.Decision;
using Netra.E2E.Harness.Settings;
using Netra.E2E.Harness.Verdicts;

namespace Netra.E2E.Harness.Connection;

/// <summary>ClientWebSocket to real staging (or any backend on a URL), with certificate checks left on.</summary>
public sealed class StagingConnector(Uri baseUrl) : IBackendConnector
{
    private readonly Uri _webSocketUrl = BackendUrls.WebSocket(baseUrl);

    public string Description => $"staging {UrlRedactor.Redact(_webSocketUrl)}";

    /// <summary>A client for the one request that reads a refusal's response; certificate checks stay on.</summary>
    private HttpClient Client() => new(new SocketsHttpHandler { UseProxy = !_webSocketUrl.IsLoopback }) { Timeout = TimeSpan.FromSeconds(5) };

    public async Task<WebSocket> OpenAsync(TestUser user, IReadOnlyDictionary<string, string> headers, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(20);
        if (_webSocketUrl.IsLoopback)
        {
            socket.Options.Proxy = null;
        }

        socket.Options.SetRequestHeader("Authorization", $"Bearer {user.Token}");
        foreach (var (name, value) in headers)
        {
            socket.Options.SetRequestHeader(name, value);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await socket.ConnectAsync(_webSocketUrl, deadline.Token);
            return socket;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new InfrastructureFailureException($"WebSocket connect to {Description} timed out after {timeout.TotalSeconds:0.#} s");
        }
        catch (WebSocketException ex)
        {
            var status = socket.HttpStatusCode;
            socket.Dispose();
            var evidence = (int)status is 401 or 403 ? await RefusalEvidence.ReadAsync(Client(), BackendUrls.Http(_webSocketUrl), user, headers, cancellationToken) : "";
            throw status == 0
                ? new InfrastructureFailureException($"WebSocket connect to {Description} failed: {ex.InnerException?.Message ?? ex.Message}", ex)
                : new InfrastructureFailureException($"WebSocket handshake to {Description} refused: HTTP {(int)status} {status}", ex)
                {
                    Refusal = (int)status is 401 or 403 ? new($"HTTP {(int)status}") { Evidence = evidence } : null,
                };
        }
    }
}
