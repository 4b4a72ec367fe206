using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Netra.E2E.Harness.Auth;
using Netra.E2E.Harness.Verdicts;
using Netra.E2E.Simulator.Hosting;

namespace Netra.E2E.Harness.Connection;

/// <summary>WebSockets to the in-process simulator through TestServer's client.</summary>
public sealed class SimulatorConnector(InProcessSimulator simulator) : IBackendConnector
{
    public string Description => "in-process simulator";

    /// <summary>The simulator records what it threw while serving a user, so a bug in the double fails the test that met it.</summary>
    public Exception? ServerErrorFor(string userId) =>
        simulator.Services.GetRequiredService<ServerErrors>().ForUser(userId).Select(e => e.Exception).FirstOrDefault();

    public async Task<WebSocket> OpenAsync(TestUser user, IReadOnlyDictionary<string, string> headers, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var client = simulator.Server.CreateWebSocketClient();
        client.ConfigureRequest = request =>
        {
            request.Headers.Authorization = $"Bearer {user.Token}";
            foreach (var (name, value) in headers)
            {
                request.Headers[name] = value;
            }
        };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            return await client.ConnectAsync(new Uri(simulator.Server.BaseAddress, "ws"), deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InfrastructureFailureException($"WebSocket connect to the {Description} timed out after {timeout.TotalSeconds:0.#} s");
        }
        catch (InvalidOperationException ex)
        {
            // TestServer reports a refused upgrade as "Incomplete handshake, status code: 401", without the response.
            var status = ex.Message.Split("status code: ") is [_, var code] ? code.Trim() : "?";
            throw new InfrastructureFailureException($"WebSocket handshake to the {Description} refused: {ex.Message}", ex)
            {
                Refusal = new($"HTTP {status}") { Evidence = await InProcessRefusal.ReadAsync(simulator, user, headers, cancellationToken) },
            };
        }
    }
}
