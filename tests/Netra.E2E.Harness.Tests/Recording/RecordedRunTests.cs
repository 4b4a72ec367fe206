using System.Text.RegularExpressions;
using Netra.E2E.Harness.Auth;
using Netra.E2E.Harness.Recording;
using Netra.E2E.Harness.Tests.Support;
using Netra.E2E.Testing.Processes;
using Netra.E2E.Testing.Simulators;

namespace Netra.E2E.Harness.Tests.Recording;

/// <summary>
/// Records the whole suite against the simulator in the deployed backend's dialect (standing in for staging, in strict
/// real mode, as a user would record staging) and reads every cassette it left: one per test, none holding the secret,
/// a token or a real user id.
/// </summary>
public sealed partial class RecordedRunTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_test_of_a_recorded_run_leaves_a_cassette_without_secrets_tokens_or_user_ids()
    {
        var secret = TokenIssuer.NewSecret();
        var folder = Directory.CreateTempSubdirectory("netra-e2e-recorded-").FullName;
        await using var simulator = new KestrelSimulator(secret, new Dictionary<string, string?>
        {
            ["Simulator:Dialect"] = "staging",
            ["Simulator:AnswerStyle"] = "paraphrased",
            ["Simulator:Seed"] = "20261125",
        });

        var run = await SuiteProcess.RunAsync(BuiltSuite.Path, new Dictionary<string, string>
        {
            ["NETRA_E2E_MODE"] = "real",
            ["NETRA_E2E_STAGING_URL"] = simulator.BaseUrl.ToString(),
            ["NETRA_E2E_JWT_SECRET"] = secret,
            ["NETRA_E2E_RECORD"] = folder,
        }, Ct);

        var summary = run.Summary;
        summary.GetProperty("passed").GetInt32().Should().BeGreaterThan(25, "the recording must come from a run that really talked to the backend");
        var files = Directory.GetFiles(folder, "*.json");
        files.Should().HaveCount(summary.GetProperty("collected").GetInt32(), "every test leaves its cassette");
        Directory.GetFiles(folder).Should().OnlyContain(f => f.EndsWith(".json", StringComparison.Ordinal), "no partial file is left behind");
        foreach (var file in files)
        {
            var text = await File.ReadAllTextAsync(file, Ct);
            var name = Path.GetFileName(file);
            text.Should().NotContain(secret, "the JWT secret must not be in {0}", name);
            JwtLike().IsMatch(text).Should().BeFalse("no token may be in {0}: {1}", name, JwtLike().Match(text).Value);
            RealUserId().IsMatch(text).Should().BeFalse("no real user id may be in {0}: {1}", name, RealUserId().Match(text).Value);
            text.Should().NotContain("@e2e.netra.test", "no user's e-mail may be in {0}", name).And.NotContain(folder, "no absolute path").And.NotContain("\r");

            var cassette = CassetteJson.Read(text, name);
            cassette.FileName.Should().Be(name);
            cassette.Mode.Should().Be("real");
            cassette.Backend.Should().Contain("staging dialect");
            cassette.Sessions.Should().NotBeEmpty().And.OnlyContain(s => s.Frames.Count > 0, "every session recorded what the server sent ({0})", name);
        }
    }

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")]
    private static partial Regex JwtLike();

    /// <summary>How the suite names its users: e2e-&lt;label&gt;-&lt;12 hex digits&gt;.</summary>
    [GeneratedRegex(@"e2e-[a-z0-9-]+-[0-9a-f]{12}")]
    private static partial Regex RealUserId();
}
