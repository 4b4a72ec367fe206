using Microsoft.Extensions.Configuration;
using Netra.E2E.Harness.Settings;

namespace Netra.E2E.Harness.Tests.Configuration;

public sealed class SettingsReaderTests
{
    private static NetraE2ESettings Read(params (string Key, string Value)[] values) => SettingsReader.From(
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build());

    [Fact]
    public void Defaults_are_auto_without_staging_and_a_three_second_probe()
    {
        var settings = Read();

        settings.Mode.Should().Be(BackendMode.Auto);
        settings.StagingUrl.Should().BeNull();
        settings.ProbeTimeout.Should().Be(TimeSpan.FromSeconds(3));
    }

    [Theory]
    [InlineData("auto", BackendMode.Auto)]
    [InlineData("REAL", BackendMode.Real)]
    [InlineData(" mock ", BackendMode.Mock)]
    [InlineData("simulator", BackendMode.Mock)]
    [InlineData("staging", BackendMode.Real)]
    public void Mode_accepts_a_few_spellings(string value, BackendMode expected) =>
        Read(("NETRA_E2E_MODE", value)).Mode.Should().Be(expected);

    [Fact]
    public void A_mode_typo_fails_loudly_and_names_the_variable()
    {
        var read = () => Read(("NETRA_E2E_MODE", "moc"));

        read.Should().Throw<InvalidOperationException>().WithMessage("*'moc'*NETRA_E2E_MODE*auto, real or mock*");
    }

    [Theory]
    [InlineData("3s", 3000)]
    [InlineData("500ms", 500)]
    [InlineData("2.5", 2500)]
    [InlineData("00:00:04", 4000)]
    public void Probe_timeout_accepts_durations(string value, int expectedMs) =>
        Read(("NETRA_E2E_PROBE_TIMEOUT", value)).ProbeTimeout.Should().Be(TimeSpan.FromMilliseconds(expectedMs));

    [Theory]
    [InlineData("soon")]
    [InlineData("0")]
    [InlineData("-1s")]
    [InlineData("10m")]
    [InlineData("nan")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1e12")]
    [InlineData("1e400")]
    public void A_bad_probe_timeout_names_the_variable(string value)
    {
        var read = () => Read(("NETRA_E2E_PROBE_TIMEOUT", value));

        read.Should().Throw<InvalidOperationException>().WithMessage("NETRA_E2E_PROBE_TIMEOUT*");
    }

    [Theory]
    [InlineData("api.staging.example.com")]
    [InlineData("ftp://example.com")]
    public void A_bad_staging_url_names_the_variable(string value)
    {
        var read = () => Read(("NETRA_E2E_STAGING_URL", value));

        read.Should().Throw<InvalidOperationException>().WithMessage("NETRA_E2E_STAGING_URL*");
    }

    [Fact]
    public void Secrets_never_appear_in_the_settings_description()
    {
        var settings = Read(("NETRA_E2E_JWT_SECRET", "super-secret-value-0123456789abcdef"), ("NETRA_E2E_TOKEN", "eyJ.token.value"),
            ("NETRA_E2E_STAGING_URL", "https://user:pa55@staging.example.com/?key=abc"));

        var text = settings.ToString();

        text.Should().NotContain("super-secret").And.NotContain("eyJ").And.NotContain("pa55").And.NotContain("key=abc");
        text.Should().Contain("secret=set").And.Contain("https://***@staging.example.com/?key=***");
    }

    [Fact]
    public void The_first_event_timeout_keeps_each_tests_own_unless_set_and_is_read_strictly()
    {
        Read().FirstEventTimeout.Should().BeNull();
        Read(("NETRA_E2E_FIRST_EVENT_TIMEOUT", "8s")).FirstEventTimeout.Should().Be(TimeSpan.FromSeconds(8));

        var read = () => Read(("NETRA_E2E_FIRST_EVENT_TIMEOUT", "NaN"));
        read.Should().Throw<InvalidOperationException>().WithMessage("NETRA_E2E_FIRST_EVENT_TIMEOUT*");
    }

    [Theory]
    [InlineData("http://staging.example.com")]
    [InlineData("ws://10.1.2.3:8000/ws")]
    public void A_plain_text_url_to_another_host_is_refused_unless_allowed(string url)
    {
        var read = () => Read(("NETRA_E2E_STAGING_URL", url));

        read.Should().Throw<InvalidOperationException>().WithMessage("NETRA_E2E_STAGING_URL*in clear*NETRA_E2E_ALLOW_INSECURE_TRANSPORT=true*");
        Read(("NETRA_E2E_STAGING_URL", url), ("NETRA_E2E_ALLOW_INSECURE_TRANSPORT", "true")).StagingUrl.Should().Be(new Uri(url));
    }

    [Theory]
    [InlineData("http://127.0.0.1:8765")]
    [InlineData("ws://localhost:8765/ws")]
    [InlineData("https://staging.example.com")]
    public void Loopback_or_encrypted_urls_need_no_permission(string url)
    {
        Read(("NETRA_E2E_STAGING_URL", url)).StagingUrl.Should().Be(new Uri(url));
    }
}
