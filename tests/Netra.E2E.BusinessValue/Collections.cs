namespace Netra.E2E.BusinessValue;

// One collection per business-value class so the classes run in parallel. Each collection gets its own
// NetraBackendFixture, and every fixture shares the process-wide environment: the health probe still runs once.

[CollectionDefinition(Name)]
public sealed class AiOptimizationCollection : ICollectionFixture<NetraBackendFixture>
{
    public const string Name = "AI optimization business value";
}

[CollectionDefinition(Name)]
public sealed class RealAgentExecutionCollection : ICollectionFixture<NetraBackendFixture>
{
    public const string Name = "Real agent execution";
}

[CollectionDefinition(Name)]
public sealed class IsolationCollection : ICollectionFixture<NetraBackendFixture>
{
    public const string Name = "Multi-user isolation";
}
