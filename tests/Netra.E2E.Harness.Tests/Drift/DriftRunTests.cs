using System.Text.Json;
using Netra.E2E.Harness.Drift;
using Netra.E2E.Harness.Tests.Support;
using Netra.E2E.Testing.Processes;

namespace Netra.E2E.Harness.Tests.Drift;

/// <summary>
/// The suite against the in-process simulator with the committed staging cassettes beside it: the drift report names
/// what the contract dialect does differently from staging and nothing else, the staging dialect does not drift from
/// its own recording, and NETRA_E2E_DRIFT=fail turns each drifted test into a [drift] failure.
/// </summary>
public sealed class DriftRunTests
{
    /// <summary>Every aspect a difference may be reported in; an aspect outside these would be a comparison of something else.</summary>
    private static readonly string[] Aspects =
    [
        DriftAspects.WelcomeForm, DriftAspects.ErrorForm, DriftAspects.EnvelopeForm, DriftAspects.PayloadNames, DriftAspects.Events,
        DriftAspects.Heartbeat, DriftAspects.Handshake, DriftAspects.Close, DriftAspects.ErrorCodes, DriftAspects.AnswerFacts, DriftAspects.Sessions,
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<SuiteRun> RunAgainstCassettesAsync(params (string Name, string Value)[] settings) => SuiteProcess.RunAsync(BuiltSuite.Path,
        new Dictionary<string, string>(settings.Select(s => KeyValuePair.Create(s.Name, s.Value)))
        {
            ["NETRA_E2E_MODE"] = "mock",
            ["NETRA_E2E_CASSETTES"] = CommittedCassettes.Path,
        }, Ct);

    [Fact]
    public async Task The_contract_simulator_drifts_from_staging_in_its_welcome_error_form_and_payload_names_and_nothing_spurious()
    {
        var run = await RunAgainstCassettesAsync();

        var summary = run.Summary;
        summary.GetProperty("failed").GetInt32().Should().Be(0, "drift is reported, not failed, by default: {0}", run.Output);
        var drift = summary.GetProperty("simulator_drift");
        drift.GetProperty("compared").GetInt32().Should().Be(summary.GetProperty("collected").GetInt32(), "every test has a committed cassette");
        drift.GetProperty("recorded_from").GetString().Should().Contain("staging dialect");
        drift.GetProperty("live").GetString().Should().Contain("contract dialect");

        var differences = drift.GetProperty("differences").EnumerateArray().ToArray();
        differences.Select(d => d.GetProperty("aspect").GetString()).Should().Contain([DriftAspects.WelcomeForm, DriftAspects.ErrorForm, DriftAspects.PayloadNames])
            .And.OnlyContain(a => Aspects.Contains(a));
        Item(differences, DriftAspects.WelcomeForm, "connection_established").GetProperty("staging").GetString().Should().Contain("welcome as system_message");
        Item(differences, DriftAspects.ErrorForm, "error").GetProperty("staging").GetString().Should().Contain("error_message instead of error");
        Item(differences, DriftAspects.PayloadNames, "tool_executing").GetProperty("staging").GetString().Should().Contain("tool: string");
        drift.GetRawText().Should().NotContain("{{", "ids are never compared, so no placeholder can be a difference");

        // The facts of an answer are the agents', the same in both dialects: a difference may be a run one side did not
        // answer or a different count of recommendations (staging's supervisor combines its sub-agents'), never its figures or provider.
        foreach (var facts in differences.Where(d => d.GetProperty("aspect").GetString() == DriftAspects.AnswerFacts))
        {
            var (staging, simulator) = (facts.GetProperty("staging").GetString()!, facts.GetProperty("simulator").GetString()!);
            if (staging != DriftItem.Nothing && simulator != DriftItem.Nothing)
            {
                Figures(staging).Should().Be(Figures(simulator), "the figures and providers stated are the agents' facts, whichever the dialect");
            }
        }
    }

    [Fact]
    public async Task The_staging_dialect_does_not_drift_from_its_own_recording_whatever_the_wording()
    {
        var run = await RunAgainstCassettesAsync(("Simulator__Dialect", "staging"), ("Simulator__AnswerStyle", "paraphrased"), ("Simulator__Seed", "7"));

        var drift = run.Summary.GetProperty("simulator_drift");
        drift.GetProperty("compared").GetInt32().Should().Be(run.Summary.GetProperty("collected").GetInt32());
        drift.GetProperty("tests").GetArrayLength().Should().Be(0, "the same dialect with other words is the same shape: {0}", drift.GetRawText());
        run.SummaryMarkdown.Should().Contain("## Simulator drift").And.Contain("No test drifted.");
    }

    [Fact]
    public async Task Under_drift_fail_every_drifted_test_fails_as_drift()
    {
        var run = await RunAgainstCassettesAsync(("NETRA_E2E_DRIFT", "fail"));

        var summary = run.Summary;
        var drifted = summary.GetProperty("simulator_drift").GetProperty("tests").GetArrayLength();
        drifted.Should().BeGreaterThan(20);
        summary.GetProperty("drift_failures").GetInt32().Should().Be(drifted);
        summary.GetProperty("failures").EnumerateArray().Should().AllSatisfy(f =>
        {
            f.GetProperty("class").GetString().Should().Be("drift");
            f.GetProperty("reason").GetString().Should().StartWith("the simulator no longer sends what staging sent when");
        });
        run.SummaryMarkdown.Should().StartWith("# Netra.E2E run summary").And.Contain("DRIFT:").And.Contain("## Drift failures");
        run.Output.Should().Contain("[drift]");
    }

    private static JsonElement Item(IEnumerable<JsonElement> differences, string aspect, string subject) =>
        differences.First(d => d.GetProperty("aspect").GetString() == aspect && d.GetProperty("subject").GetString() == subject);

    /// <summary>"dollar figures, AWS, 3 recommendation(s)" without its count of recommendations.</summary>
    private static string Figures(string facts) => facts[..facts.LastIndexOf(", ", StringComparison.Ordinal)];
}
