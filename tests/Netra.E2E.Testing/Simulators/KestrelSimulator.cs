using FluentAssertions;
using Netra.E2E.Harness.Connection;

namespace Netra.E2E.Testing.Simulators;

/// <summary>The simulator on a real loopback port (Kestrel), for checks that need a process boundary or a real socket.</summary>
public sealed class KestrelSimulator : IAsyncDisposable
{
    private readonly InProcessSimulator _simulator;

    public KestrelSimulator(string jwtSecret, IReadOnlyDictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?>(settings) { ["Simulator:AllowFaultInjection"] = "true" };
        _simulator = new InProcessSimulator(jwtSecret, all);
        _simulator.UseKestrel(0);
        _simulator.StartServer();
        BaseUrl = _simulator.ClientOptions.BaseAddress;
        BaseUrl.IsLoopback.Should().BeTrue("tests only talk to loopback");
    }

    public Uri BaseUrl { get; }

    public ValueTask DisposeAsync() => _simulator.DisposeAsync();
}
