using System.Diagnostics;
using System.Net.WebSockets;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Tests.Support;

namespace Netra.E2E.Simulator.Tests.Faults;

/// <summary>NeverUpgrades over a real loopback socket: the client gives up on its own deadline, and the simulator still stops at once.</summary>
public sealed class NeverUpgradesOnKestrelTests
{
    [Fact]
    public async Task A_real_client_times_out_and_the_hung_request_does_not_hold_the_simulator()
    {
        var host = new SimulatorHost();
        host.UseKestrel(0);
        host.StartServer();
        var baseUrl = host.ClientOptions.BaseAddress;
        baseUrl.IsLoopback.Should().BeTrue();
        using var client = new ClientWebSocket();
        client.Options.SetRequestHeader("Authorization", $"Bearer {host.Token("waiting")}");
        client.Options.SetRequestHeader(ConnectionFaults.HeaderName, nameof(SimulatorFault.NeverUpgrades));
        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        giveUp.CancelAfter(TimeSpan.FromMilliseconds(300));

        var connect = () => client.ConnectAsync(new Uri($"ws://{baseUrl.Authority}/ws"), giveUp.Token);

        await connect.Should().ThrowAsync<OperationCanceledException>();
        var stopping = Stopwatch.StartNew();
        await host.DisposeAsync();
        stopping.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "no request is left hanging to delay shutdown");
    }
}
