using Netra.E2E.Harness.Fixture;

namespace Netra.E2E.Testing.Fixtures;

/// <summary>Backend fixtures on an environment a harness test chose, outside the run's own fixture.</summary>
public static class BackendFixtures
{
    /// <summary>A fixture whose sessions all send these handshake headers (to ask the simulator for a fault).</summary>
    public static NetraBackendFixture On(NetraEnvironment environment, IReadOnlyDictionary<string, string>? connectionHeaders = null) =>
        new(environment, connectionHeaders);
}
