namespace Netra.E2E.BusinessValue;

/// <summary>The business-value tests share one backend fixture (the mode decision is made once per process).</summary>
[CollectionDefinition(Name)]
public sealed class NetraBackendCollection : ICollectionFixture<NetraBackendFixture>
{
    public const string Name = "Netra backend";
}
