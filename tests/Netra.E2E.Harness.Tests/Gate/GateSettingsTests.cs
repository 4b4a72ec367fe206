using Microsoft.Extensions.Configuration;
using Netra.E2E.Harness.Settings;

namespace Netra.E2E.Harness.Tests.Gate;

/// <summary>The gate's settings read as strictly as the rest: defaults that are staging's, and a bad value named.</summary>
public sealed class GateSettingsTests
{
    private static GateSettings Read(params (string Key, string Value)[] values) => SettingsReader.From(
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build()).Gate;

    [Fact]
    public void Defaults_keep_under_stagings_limits_and_run_the_catalogue_once_without_a_gate()
    {
        var gate = Read();

        gate.MaxConcurrentRuns.Should().Be(32).And.BeGreaterThanOrEqualTo(20, "the twenty-users test must not be measured under less load than it asks for");
        gate.MessagesPerMinute.Should().Be(90);
        (gate.MessagesPerMinute + gate.MessageBurst).Should().BeLessThan(100, "staging allows about 100 messages a minute per connection");
        gate.Iterations.Should().Be(1);
        gate.MinPassRate.Should().BeNull();
        gate.HistoryFile.Should().BeNull();
    }

    [Fact]
    public void Every_setting_is_read_from_its_variable()
    {
        var gate = Read(("NETRA_E2E_MAX_CONCURRENT_RUNS", "4"), ("NETRA_E2E_MESSAGES_PER_MINUTE", "30"), ("NETRA_E2E_ITERATIONS", " 5 "),
            ("NETRA_E2E_MIN_PASS_RATE", "0.95"), ("NETRA_E2E_HISTORY", " history/runs.jsonl "));

        gate.Should().BeEquivalentTo(new GateSettings
        {
            MaxConcurrentRuns = 4,
            MessagesPerMinute = 30,
            Iterations = 5,
            MinPassRate = 0.95,
            HistoryFile = "history/runs.jsonl",
        });
        gate.MessageBurst.Should().Be(2, "a burst is a twentieth of a minute's messages, rounded up");
    }

    [Theory]
    [InlineData("0.95", 0.95)]
    [InlineData("95%", 0.95)]
    [InlineData("95 %", 0.95)]
    [InlineData("1", 1.0)]
    [InlineData("0", 0.0)]
    [InlineData("100%", 1.0)]
    public void The_minimum_pass_rate_is_a_share_or_a_percentage(string value, double expected) =>
        Read(("NETRA_E2E_MIN_PASS_RATE", value)).MinPassRate.Should().BeApproximately(expected, 1e-12);

    [Theory]
    [InlineData("NETRA_E2E_MAX_CONCURRENT_RUNS", "0")]
    [InlineData("NETRA_E2E_MAX_CONCURRENT_RUNS", "-3")]
    [InlineData("NETRA_E2E_MAX_CONCURRENT_RUNS", "twenty")]
    [InlineData("NETRA_E2E_MAX_CONCURRENT_RUNS", "1.5")]
    [InlineData("NETRA_E2E_MAX_CONCURRENT_RUNS", "99999999999")]
    [InlineData("NETRA_E2E_MESSAGES_PER_MINUTE", "0")]
    [InlineData("NETRA_E2E_MESSAGES_PER_MINUTE", "fast")]
    [InlineData("NETRA_E2E_ITERATIONS", "0")]
    [InlineData("NETRA_E2E_ITERATIONS", "1001")]
    [InlineData("NETRA_E2E_MIN_PASS_RATE", "1.5")]
    [InlineData("NETRA_E2E_MIN_PASS_RATE", "-0.1")]
    [InlineData("NETRA_E2E_MIN_PASS_RATE", "101%")]
    [InlineData("NETRA_E2E_MIN_PASS_RATE", "NaN")]
    [InlineData("NETRA_E2E_MIN_PASS_RATE", "Infinity")]
    [InlineData("NETRA_E2E_MIN_PASS_RATE", "most")]
    public void A_bad_value_fails_naming_its_variable(string variable, string value)
    {
        var read = () => Read((variable, value));

        read.Should().Throw<InvalidOperationException>().WithMessage($"{variable}*'{value}'*");
    }
}
