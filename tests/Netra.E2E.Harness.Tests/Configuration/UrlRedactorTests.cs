using Netra.E2E.Harness.Settings;

namespace Netra.E2E.Harness.Tests.Configuration;

/// <summary>No credential in a URL survives redaction, whatever its form; what was set stays readable.</summary>
public sealed class UrlRedactorTests
{
    [Theory]
    [InlineData("https://ci-user:s3cret@staging.example.com/", "https://***@staging.example.com/")]
    [InlineData("https://ci-user:p@ss@w0rd@staging.example.com/ws", "https://***@staging.example.com/ws")]
    [InlineData("https://token-only@staging.example.com", "https://***@staging.example.com")]
    [InlineData("wss://staging.example.com/ws?token=eyJabc&mode=e2e", "wss://staging.example.com/ws?token=***&mode=***")]
    [InlineData("https://staging.example.com/#access_token=eyJabc.def", "https://staging.example.com/#access_token=***")]
    [InlineData("https://u:p@staging.example.com/a?b=c#d", "https://***@staging.example.com/a?b=***#***")]
    [InlineData("https://staging.example.com/health", "https://staging.example.com/health")]
    public void Credentials_are_masked_in_every_place_a_url_can_carry_them(string url, string redacted)
    {
        UrlRedactor.Redact(url).Should().Be(redacted);
    }
}
