using Netra.E2E.Simulator.Tests.Support;

namespace Netra.E2E.Simulator.Tests.Hosting;

/// <summary>Typed settings: an unknown value stops start-up with the setting's name and what it allows.</summary>
public sealed class SettingsTests
{
    [Theory]
    [InlineData("Simulator:Dialect", "production", "Contract, Staging")]
    [InlineData("Simulator:Dialect", "0", "Contract, Staging")]
    [InlineData("Simulator:Dialect", "", "Contract, Staging")]
    [InlineData("Simulator:AnswerStyle", "creative", "Templated, Paraphrased")]
    [InlineData("Simulator:Seed", "seven", "whole number")]
    [InlineData("Simulator:Seed", "1e3", "whole number")]
    [InlineData("Simulator:HeartbeatSeconds", "0", "at least 1")]
    [InlineData("Simulator:HealthFault", "503", "ServiceUnavailable")]
    [InlineData("Simulator:HealthFault", "hang", "NeverAnswers")]
    public async Task An_unknown_value_fails_start_up_naming_the_setting_and_the_allowed_values(string key, string value, string allowed)
    {
        await using var host = new SimulatorHost(new Dictionary<string, string?> { [key] = value });

        var start = () => host.Server;

        start.Should().Throw<InvalidOperationException>().WithMessage($"*'{value}'*{key}*{allowed}*");
    }

    [Theory]
    [InlineData("contract")]
    [InlineData("Contract")]
    [InlineData(null)]
    public async Task The_contract_dialect_is_the_default_and_reads_in_any_case(string? dialect)
    {
        await using var host = new SimulatorHost(dialect is null ? null : new Dictionary<string, string?> { ["Simulator:Dialect"] = dialect });
        using var socket = await host.ConnectAsync("greeted");

        var welcome = await socket.NextAsync();

        welcome!["type"]!.GetValue<string>().Should().Be("connection_established");
    }
}
