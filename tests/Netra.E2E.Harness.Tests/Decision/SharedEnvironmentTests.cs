namespace Netra.E2E.Harness.Tests.Decision;

public sealed class SharedEnvironmentTests
{
    [Fact]
    public async Task Every_fixture_of_a_process_shares_one_decision()
    {
        var first = new NetraBackendFixture();
        var second = new NetraBackendFixture();

        await Task.WhenAll(first.InitializeAsync().AsTask(), second.InitializeAsync().AsTask());

        second.Environment.Should().BeSameAs(first.Environment, "the health probe runs once per process, however many collections use the fixture");
        second.Decision.Should().BeSameAs(first.Decision);
    }
}
