using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Tests.Support;

namespace Netra.E2E.Simulator.Tests.Hosting;

/// <summary>/health in each dialect's form, always saying what the simulator is: dialect, answer style and seed.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Under_the_contract_health_is_the_strict_body_plus_the_simulator()
    {
        await using var host = new SimulatorHost(new Dictionary<string, string?> { ["Simulator:AnswerStyle"] = "paraphrased", ["Simulator:Seed"] = "7" });

        var body = await HealthAsync(host);

        body["status"]!.GetValue<string>().Should().Be("healthy");
        body["service"]!.GetValue<string>().Should().Be("netra-backend");
        DateTimeOffset.Parse(body["timestamp"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        body["simulator"]!.ToJsonString().Should().Be("""{"dialect":"contract","answer_style":"paraphrased","seed":7}""");
    }

    [Fact]
    public async Task Under_staging_health_is_the_deployed_body_with_an_epoch_timestamp_plus_the_simulator()
    {
        await using var host = SimulatorHost.Staging(new Dictionary<string, string?> { ["Simulator:Seed"] = "-3" });

        var body = await HealthAsync(host);

        body.Select(p => p.Key).Should().Equal("status", "service", "version", "timestamp", "simulator");
        body["service"]!.GetValue<string>().Should().Be("netra-ai-platform");
        body["version"]!.GetValue<string>().Should().Be("1.0.0");
        body["timestamp"]!.GetValueKind().Should().Be(JsonValueKind.Number);
        DateTimeOffset.FromUnixTimeMilliseconds((long)(body["timestamp"]!.GetValue<double>() * 1000)).Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        body["simulator"]!.ToJsonString().Should().Be("""{"dialect":"staging","answer_style":"templated","seed":-3}""");
    }

    [Fact]
    public async Task Without_a_configured_seed_one_is_chosen_at_start_up_and_kept()
    {
        await using var host = new SimulatorHost();

        var first = (await HealthAsync(host))["simulator"]!["seed"]!.GetValue<int>();
        var second = (await HealthAsync(host))["simulator"]!["seed"]!.GetValue<int>();

        first.Should().BePositive().And.Be(second, "the seed is chosen once, so the run can be reproduced from what health reported");
    }

    [Fact]
    public async Task A_health_fault_bends_the_staging_body()
    {
        await using var host = SimulatorHost.Staging(new Dictionary<string, string?> { ["Simulator:HealthFault"] = nameof(HealthFault.UnhealthyBody) });

        var body = await HealthAsync(host);

        body["status"]!.GetValue<string>().Should().Be("unhealthy");
        body["service"]!.GetValue<string>().Should().Be("netra-ai-platform");
    }

    private static async Task<JsonObject> HealthAsync(SimulatorHost host)
    {
        using var response = await host.CreateClient().GetAsync("/health", TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
    }
}
