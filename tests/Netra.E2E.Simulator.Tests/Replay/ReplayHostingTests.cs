using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Netra.E2E.Simulator.Hosting;
using Netra.E2E.Simulator.Replay;
using Netra.E2E.Simulator.Tests.Support;
using static Netra.E2E.Simulator.Tests.Replay.Tape;

namespace Netra.E2E.Simulator.Tests.Replay;

/// <summary>Simulator:Replay turns the simulator into a replay host: its settings, read strictly, and its health.</summary>
public sealed class ReplayHostingTests : IAsyncLifetime
{
    private readonly CassetteDirectory _cassettes = new();

    [Fact]
    public async Task Health_says_replay_and_counts_the_cassettes()
    {
        _cassettes.Write("A.json", Cassette()).Write("B.json", Cassette()).Write("notes.txt", "not a cassette");

        using var response = await _cassettes.Host(speed: "2.5").CreateClient().GetAsync("/health", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body!.ToJsonString().Should().Be("""{"status":"healthy","service":"netra-replay","cassettes":2,"simulator":{"mode":"replay","speed":2.5}}""");
    }

    [Fact]
    public async Task Replay_needs_no_jwt_secret()
    {
        await using var host = new SimulatorHost(new Dictionary<string, string?>
        {
            [JwtSecret.ConfigurationKey] = "",
            ["Simulator:Replay:Cassettes"] = _cassettes.Path,
        });

        using var response = await host.CreateClient().GetAsync("/health", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e400")]
    [InlineData("fast")]
    [InlineData("")]
    public void An_invalid_speed_fails_start_up_naming_the_setting(string speed)
    {
        var host = _cassettes.Host(speed);

        var start = () => host.Server;

        start.Should().Throw<InvalidOperationException>()
            .WithMessage($"Invalid value '{speed}' in Simulator:Replay:Speed; expected a finite number of at least 0 *");
    }

    [Fact]
    public async Task An_invalid_speed_fails_start_up_even_without_cassettes()
    {
        await using var host = new SimulatorHost(new Dictionary<string, string?> { ["Simulator:Replay:Speed"] = "-0.5" });

        var start = () => host.Server;

        start.Should().Throw<InvalidOperationException>().WithMessage("*'-0.5'*Simulator:Replay:Speed*");
    }

    [Fact]
    public async Task A_cassette_directory_that_does_not_exist_fails_start_up_naming_the_setting()
    {
        var missing = Path.Combine(_cassettes.Root, "nowhere");
        await using var host = new SimulatorHost(new Dictionary<string, string?> { ["Simulator:Replay:Cassettes"] = missing });

        var start = () => host.Server;

        start.Should().Throw<InvalidOperationException>().WithMessage($"Invalid value '{missing}' in Simulator:Replay:Cassettes; expected a directory of cassettes*");
    }

    [Fact]
    public void A_relative_directory_is_read_from_the_content_root_and_speed_defaults_to_1()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Simulator:Replay:Cassettes"] = "cassettes" }).Build();

        var options = ReplayOptions.Read(configuration, _cassettes.Root);

        options.Should().Be(new ReplayOptions(_cassettes.Path, 1));
    }

    [Fact]
    public void Without_a_cassette_directory_the_simulator_simulates()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Simulator:Replay:Speed"] = "3" }).Build();

        ReplayOptions.Read(configuration, _cassettes.Root).Should().BeNull();
    }

    [Theory]
    [InlineData(1, 1000, 1000)]
    [InlineData(10, 1000, 100)]
    [InlineData(0.5, 1000, 2000)]
    [InlineData(0, 1000, 0)]
    public void Offsets_are_scaled_by_one_over_speed(double speed, int atMs, int expectedMs)
    {
        new ReplayOptions("/cassettes", speed).Offset(atMs).Should().Be(TimeSpan.FromMilliseconds(expectedMs));
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _cassettes.DisposeAsync();
}
