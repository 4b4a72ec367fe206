using FluentAssertions;
using Netra.E2E.Harness.Connection;

namespace Netra.E2E.Testing.Simulators;

/// <summary>The simulator on a real loopback port (Kestrel), for checks that need a process boundary or a real socket.</summary>
public sealed class KestrelSimulator : IAsyncDisposable
{
    private readonly InProcessSimulator _simulator;

    public KestrelSimulator(string jwtSecret, IReadOnlyDictionary<string, string?> settings)
    {
        // The port comes from the app's own "urls" setting, not UseKestrel(0): the factory's port handling races the app's
        // start and sometimes throws "Addresses cannot be modified after the server has started" (dotnet/aspnetcore#67714).
        var all = new Dictionary<string, string?>(settings) { ["Simulator:AllowFaultInjection"] = "true", ["urls"] = "http://127.0.0.1:0" };
        _simulator = new InProcessSimulator(jwtSecret, all);
        _simulator.UseKestrel();
        _simulator.StartServer();
        BaseUrl = _simulator.ClientOptions.BaseAddress;
        BaseUrl.IsLoopback.Should().BeTrue("tests only talk to loopback");
    }

    public Uri BaseUrl { get; }

    public ValueTask DisposeAsync() => _simulator.DisposeAsync();
}
