using Microsoft.Extensions.Configuration;
using Netra.E2E.Harness.Settings;

namespace Netra.E2E.Harness.Tests.Configuration;

public sealed class CassetteSettingsTests
{
    private static NetraE2ESettings Read(params (string Key, string Value)[] values) => SettingsReader.From(
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build());

    [Fact]
    public void Defaults_record_nothing_compare_nothing_replay_as_recorded_and_report_drift()
    {
        var settings = Read();

        settings.RecordDirectory.Should().BeNull();
        settings.CassetteDirectory.Should().BeNull();
        settings.ReplaySpeed.Should().Be(1);
        settings.Drift.Should().Be(DriftMode.Report);
    }

    [Fact]
    public void Replay_is_a_mode_and_needs_a_folder_of_cassettes()
    {
        var folder = Directory.CreateTempSubdirectory("netra-e2e-cassettes-").FullName;

        Read(("NETRA_E2E_MODE", "replay"), ("NETRA_E2E_CASSETTES", folder)).Mode.Should().Be(BackendMode.Replay);
        var withoutCassettes = () => Read(("NETRA_E2E_MODE", "replay"));
        withoutCassettes.Should().Throw<InvalidOperationException>().WithMessage("*replay needs NETRA_E2E_CASSETTES*");
    }

    [Fact]
    public void Cassettes_must_be_an_existing_folder()
    {
        var read = () => Read(("NETRA_E2E_CASSETTES", "/no/such/folder/of/cassettes"));

        read.Should().Throw<InvalidOperationException>().WithMessage("NETRA_E2E_CASSETTES must name an existing folder*");
    }

    [Fact]
    public void Recording_goes_to_a_full_path_and_never_records_a_replay()
    {
        Path.IsPathFullyQualified(Read(("NETRA_E2E_RECORD", "recorded")).RecordDirectory!).Should().BeTrue();
        var folder = Directory.CreateTempSubdirectory("netra-e2e-cassettes-").FullName;

        var recordingAReplay = () => Read(("NETRA_E2E_MODE", "replay"), ("NETRA_E2E_CASSETTES", folder), ("NETRA_E2E_RECORD", folder));

        recordingAReplay.Should().Throw<InvalidOperationException>().WithMessage("NETRA_E2E_RECORD*replay*");
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("10", 10)]
    [InlineData("10x", 10)]
    [InlineData("0.5", 0.5)]
    [InlineData("0", 0)]
    public void Replay_speed_is_a_factor(string value, double expected) =>
        Read(("NETRA_E2E_REPLAY_SPEED", value)).ReplaySpeed.Should().Be(expected);

    [Theory]
    [InlineData("-2")]
    [InlineData("fast")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e9")]
    public void A_bad_replay_speed_names_the_variable(string value)
    {
        var read = () => Read(("NETRA_E2E_REPLAY_SPEED", value));

        read.Should().Throw<InvalidOperationException>().WithMessage("NETRA_E2E_REPLAY_SPEED*");
    }

    [Theory]
    [InlineData("fail", DriftMode.Fail)]
    [InlineData(" REPORT ", DriftMode.Report)]
    [InlineData("off", DriftMode.Off)]
    public void Drift_reports_fails_or_is_off(string value, DriftMode expected) =>
        Read(("NETRA_E2E_DRIFT", value)).Drift.Should().Be(expected);

    [Fact]
    public void A_drift_typo_names_the_variable()
    {
        var read = () => Read(("NETRA_E2E_DRIFT", "fial"));

        read.Should().Throw<InvalidOperationException>().WithMessage("NETRA_E2E_DRIFT must be off, report or fail; got 'fial'.");
    }
}
