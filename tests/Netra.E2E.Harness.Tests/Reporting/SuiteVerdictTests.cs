using System.Text.Json;
using System.Text.RegularExpressions;
using Netra.E2E.Harness.Auth;
using Netra.E2E.Harness.Tests.Support;
using Netra.E2E.Testing.Loopback;
using Netra.E2E.Testing.Processes;
using Netra.E2E.Testing.Simulators;
using Netra.E2E.Testing.Time;

namespace Netra.E2E.Harness.Tests.Reporting;

/// <summary>
/// Runs the whole business-value suite as its own process against backends that are down or misbehave, and checks
/// the verdict the summary gives: classes, counts, and that no secret or token leaks into any output.
/// </summary>
[Trait("Category", "SpawnsProcess")]
public sealed partial class SuiteVerdictTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_down_backend_in_strict_mode_gives_only_infrastructure_failures_within_the_probe_budget()
    {
        var run = await SuiteProcess.RunAsync(BuiltSuite.Path, new Dictionary<string, string>
        {
            ["NETRA_E2E_MODE"] = "real",
            ["NETRA_E2E_STAGING_URL"] = LoopbackHttpServer.ClosedPort().ToString(),
            ["NETRA_E2E_PROBE_TIMEOUT"] = "1s",
        }, Ct);

        var summary = run.Summary;
        run.ExitCode.Should().NotBe(0);
        summary.GetProperty("failed").GetInt32().Should().Be(summary.GetProperty("collected").GetInt32()).And.BeGreaterThan(15);
        summary.GetProperty("infrastructure_failures").GetInt32().Should().Be(summary.GetProperty("failed").GetInt32());
        summary.GetProperty("business_failures").GetInt32().Should().Be(0);
        summary.GetProperty("failures").EnumerateArray().Should().AllSatisfy(f =>
            f.GetProperty("reason").GetString().Should().Contain("connection refused"));
        run.SummaryMarkdown.Should().Contain("INFRASTRUCTURE").And.Contain("## Infrastructure failures");
        run.Output.Should().Contain("Netra.E2E mode: unavailable").And.NotContain("Expected", "no assertion message for a down backend");
    }

    [Fact]
    public async Task A_backend_that_answers_without_business_value_gives_business_failures()
    {
        var secret = TokenIssuer.NewSecret();
        await using var simulator = new KestrelSimulator(secret, new Dictionary<string, string?> { ["Simulator:Faults"] = "NoBusinessValue" });

        var run = await SuiteProcess.RunAsync(BuiltSuite.Path, new Dictionary<string, string>
        {
            ["NETRA_E2E_MODE"] = "real",
            ["NETRA_E2E_STAGING_URL"] = simulator.BaseUrl.ToString(),
            ["NETRA_E2E_JWT_SECRET"] = secret,
        }, Ct);

        var summary = run.Summary;
        summary.GetProperty("mode").GetString().Should().Be("real (staging)");
        summary.GetProperty("infrastructure_failures").GetInt32().Should().Be(0);
        summary.GetProperty("business_failures").GetInt32().Should().BeGreaterThan(10, "nearly every test checks the answer's value");
        summary.GetProperty("failures").EnumerateArray().Select(f => f.GetProperty("reason").GetString())
            .Should().Contain(r => r!.Contains("business value", StringComparison.Ordinal));
        run.SummaryMarkdown.Should().Contain("BUSINESS REGRESSION").And.Contain("## Business failures");
        run.Output.Should().Contain("[business]", "the class shows in each failure message itself");
    }

    [Fact]
    public async Task A_backend_lost_mid_run_fails_the_rest_as_infrastructure_and_the_summary_says_when()
    {
        var secret = TokenIssuer.NewSecret();
        var simulator = new KestrelSimulator(secret, new Dictionary<string, string?> { ["Simulator:CrashAfterRuns"] = "4" });
        await using (simulator)
        {
            var run = await SuiteProcess.RunAsync(BuiltSuite.Path, new Dictionary<string, string>
            {
                ["NETRA_E2E_MODE"] = "real",
                ["NETRA_E2E_STAGING_URL"] = simulator.BaseUrl.ToString(),
                ["NETRA_E2E_JWT_SECRET"] = secret,
                ["NETRA_E2E_PROBE_TIMEOUT"] = "1s",
            }, Ct);

            var summary = run.Summary;
            summary.GetProperty("infrastructure_failures").GetInt32().Should().BeGreaterThan(0);
            summary.GetProperty("backend_lost").GetString().Should().Contain("first noticed by").And.Contain("health now:");
            run.SummaryMarkdown.Should().Contain("| Backend lost |");
        }
    }

    [Fact]
    public async Task The_suites_own_token_refused_fails_every_test_at_once_with_the_servers_refusal()
    {
        await using var simulator = new KestrelSimulator(TokenIssuer.NewSecret(), new Dictionary<string, string?> { ["Simulator:Dialect"] = "staging" });

        var run = await SuiteProcess.RunAsync(BuiltSuite.Path, new Dictionary<string, string>
        {
            ["NETRA_E2E_MODE"] = "real",
            ["NETRA_E2E_STAGING_URL"] = simulator.BaseUrl.ToString(),
            ["NETRA_E2E_JWT_SECRET"] = TokenIssuer.NewSecret(),
        }, Ct);

        var summary = run.Summary;
        var reasons = summary.GetProperty("failures").EnumerateArray().Select(f => f.GetProperty("reason").GetString()!).ToArray();
        summary.GetProperty("infrastructure_failures").GetInt32().Should().BeGreaterThan(15, "every test that needs the suite's own user fails");
        reasons.Where(r => r.Contains("suite's own token", StringComparison.Ordinal)).Should().NotBeEmpty()
            .And.AllSatisfy(r => r.Should().Contain("VALIDATION_FAILED").And.Contain("NETRA_E2E_JWT_SECRET"));
        run.Output.Should().Contain("the rest of this run is decided: [infrastructure] the backend refused the suite's own token",
            "the cause is printed once, in full");
        run.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60), "a refused token decides the run in seconds");
    }

    [Fact]
    public async Task No_secret_or_token_appears_in_console_output_summary_or_trx()
    {
        var secret = TokenIssuer.NewSecret();
        await using var simulator = new KestrelSimulator(secret, new Dictionary<string, string?>());
        var stagingUrl = new UriBuilder(simulator.BaseUrl) { UserName = "ci-user", Password = "url-password-4711" }.Uri;

        var healthy = await SuiteProcess.RunAsync(BuiltSuite.Path, new Dictionary<string, string>
        {
            ["NETRA_E2E_MODE"] = "real",
            ["NETRA_E2E_STAGING_URL"] = stagingUrl.ToString(),
            ["NETRA_E2E_JWT_SECRET"] = secret,
        }, Ct);
        var refused = await SuiteProcess.RunAsync(BuiltSuite.Path, new Dictionary<string, string>
        {
            ["NETRA_E2E_MODE"] = "real",
            ["NETRA_E2E_STAGING_URL"] = $"http://ci-user:url-password-4711@127.0.0.1:{LoopbackHttpServer.ClosedPort().Port}/",
            ["NETRA_E2E_JWT_SECRET"] = secret,
        }, Ct);

        healthy.Summary.GetProperty("passed").GetInt32().Should().BeGreaterThan(15, "the scan must cover a run that really talked to the backend");
        foreach (var run in new[] { healthy, refused })
        {
            foreach (var (name, text) in new[] { ("console", run.Output), ("summary", run.SummaryMarkdown + run.Summary.GetRawText()), ("trx", run.TrxText) })
            {
                text.Should().NotContain(secret, "the JWT secret must not appear in the {0}", name);
                text.Should().NotContain("url-password-4711", "credentials in the staging URL must be redacted in the {0}", name);
                JwtLike().IsMatch(text).Should().BeFalse("no token may appear in the {0}: {1}", name, JwtLike().Match(text).Value);
            }
        }
    }

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")]
    private static partial Regex JwtLike();
}
