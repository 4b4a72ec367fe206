using Xunit.Sdk;
using Xunit.v3;

namespace Netra.E2E.Harness.Running;

/// <summary>Discovers what the framework's own discoverer finds, each test case once per iteration.</summary>
public sealed class IteratingDiscoverer(ITestFrameworkDiscoverer inner, int iterations) : ITestFrameworkDiscoverer
{
    public ITestAssembly TestAssembly => inner.TestAssembly;

    public ValueTask Find(Func<ITestCase, ValueTask<bool>> callback, ITestFrameworkDiscoveryOptions discoveryOptions, Type[]? types = null,
        CancellationToken? cancellationToken = null) =>
        inner.Find(iterations == 1 ? callback : async testCase =>
        {
            foreach (var copy in IterationCopies.Of(testCase, iterations))
            {
                if (!await callback(copy))
                {
                    return false;
                }
            }

            return true;
        }, discoveryOptions, types, cancellationToken);
}
