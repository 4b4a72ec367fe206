using System.Reflection;
using Netra.E2E.BusinessValue;

namespace Netra.E2E.Harness.Tests.Decision;

/// <summary>The suite decides its backend once per run: one assembly fixture, and no collection fixture to share it by.</summary>
public sealed class OneFixturePerRunTests
{
    private static readonly Assembly Suite = typeof(AiOptimizationBusinessValueTests).Assembly;

    [Fact]
    public void The_suite_declares_the_backend_fixture_once_for_the_assembly()
    {
        Suite.GetCustomAttributes<AssemblyFixtureAttribute>().Select(a => a.AssemblyFixtureType)
            .Should().ContainSingle().Which.Should().Be(typeof(NetraBackendFixture));
    }

    [Fact]
    public void No_collection_fixture_hands_out_the_backend()
    {
        Suite.GetTypes().Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionFixture<>)))
            .Should().BeEmpty("the assembly fixture replaces the collection definitions that shared a process-wide static");
    }

    [Fact]
    public async Task The_fixture_hands_the_environment_it_decided_to_the_run_summary()
    {
        var fixture = new NetraBackendFixture();

        await fixture.InitializeAsync();
        await fixture.DisposeAsync();

        SuiteHandOff.Environment.Should().BeSameAs(fixture.Environment, "the platform hook reads the run's decision and ledger from the one hand-off");
    }
}
