using System.Net.WebSockets;
using Microsoft.Extensions.Logging.Abstractions;
using Netra.E2E.Simulator.Connections;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Hosting;

namespace Netra.E2E.Simulator.Tests.Support;

/// <summary>Connections over a socket nobody reads, for tests of what holds or decorates them.</summary>
public static class TestConnections
{
    public static ChatConnection Of(string userId, SimulatorFault faults = SimulatorFault.None) => new(
        WebSocket.CreateFromStream(new MemoryStream(), new WebSocketCreationOptions { IsServer = true }),
        new ConnectionIdentity($"conn_{userId}", userId, DateTimeOffset.MaxValue),
        new ConnectionFaults(faults),
        new FrameLimit(64 * 1024, DropsOversized: false),
        TimeProvider.System,
        new ServerErrors(),
        NullLogger.Instance);
}
