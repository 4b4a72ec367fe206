using System.Text.Json.Nodes;
using Netra.E2E.Harness.Recording;
using Netra.E2E.Harness.Tests.Support;
using Netra.E2E.Testing.Processes;

namespace Netra.E2E.Harness.Tests.Replay;

/// <summary>
/// The suite replayed from the cassettes committed under tests/cassettes (recorded from the staging dialect), as its
/// own process and without any network: every dotnet test runs the catalogue against staging-shaped traffic. A cassette
/// edited to drop tool_completed, to reorder events or to remove the business value turns its test red, as [business].
/// </summary>
public sealed class CommittedCassettesReplayTests
{
    private const string UnknownAgentTest = "15 Error recovery: unknown agent refused, fresh connections still work";
    private const string BasicFlow = "AiOptimizationBusinessValueTests.Basic_optimization_flow_delivers_all_events_and_cost_recommendations";
    private const string ToolTransparency = "AiOptimizationBusinessValueTests.Tool_execution_is_transparent";
    private const string DataAgent = "RealAgentExecutionTests.Unified_data_agent_delivers_a_substantive_analysis";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<SuiteRun> ReplayAsync(string cassettes) => SuiteProcess.RunAsync(BuiltSuite.Path, new Dictionary<string, string>
    {
        ["NETRA_E2E_MODE"] = "replay",
        ["NETRA_E2E_CASSETTES"] = cassettes,
    }, Ct);

    [Fact]
    public async Task Every_test_replays_its_committed_cassette_and_passes_as_it_did_against_staging()
    {
        var run = await ReplayAsync(CommittedCassettes.Path);

        var summary = run.Summary;
        summary.GetProperty("mode").GetString().Should().Be("replay (recorded cassettes)");
        summary.GetProperty("skipped").GetInt32().Should().Be(0, "every test of the catalogue has a committed cassette: {0}", run.Output);
        summary.GetProperty("collected").GetInt32().Should().Be(Directory.GetFiles(CommittedCassettes.Path, "*.json").Length, "one cassette per test, none stale");
        summary.GetProperty("passed").GetInt32().Should().Be(summary.GetProperty("collected").GetInt32() - 1, "all but test 15 pass: {0}", run.Output);

        // The deployed backend answers a request for an unknown agent; the recording keeps that finding, and so does its replay.
        var failure = summary.GetProperty("failures").EnumerateArray().Should().ContainSingle().Subject;
        failure.GetProperty("test").GetString().Should().Be(UnknownAgentTest);
        failure.GetProperty("class").GetString().Should().Be("business");
        failure.GetProperty("reason").GetString().Should().Contain("as if it were valid");
    }

    [Fact]
    public async Task Tampered_cassettes_turn_their_tests_red_as_business_naming_what_broke()
    {
        var folder = Directory.CreateTempSubdirectory("netra-e2e-tampered-").FullName;
        foreach (var file in Directory.GetFiles(CommittedCassettes.Path, "*.json"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        Tamper(folder, BasicFlow, CassetteTampering.DropToolCompleted);
        Tamper(folder, ToolTransparency, CassetteTampering.ReorderToolEvents);
        Tamper(folder, DataAgent, CassetteTampering.RemoveBusinessValue);

        var run = await ReplayAsync(folder);

        var failures = run.Summary.GetProperty("failures").EnumerateArray()
            .ToDictionary(f => f.GetProperty("test").GetString()!, f => (Class: f.GetProperty("class").GetString(), Reason: f.GetProperty("reason").GetString()!));
        failures.Keys.Should().BeEquivalentTo(
            "01 Basic optimization flow: five events and cost recommendations", "05 Tool transparency: each tool is named and returns a result",
            "11 Unified data agent: all events, prompt start, substantive answer", UnknownAgentTest);
        failures.Values.Should().OnlyContain(f => f.Class == "business");
        failures["01 Basic optimization flow: five events and cost recommendations"].Reason.Should().Contain("tool_completed");
        failures["05 Tool transparency: each tool is named and returns a result"].Reason.Should().Contain("completed without an earlier tool_executing");
        failures["11 Unified data agent: all events, prompt start, substantive answer"].Reason.Should().Contain("business value");
    }

    private static void Tamper(string folder, string test, Action<JsonObject> edit)
    {
        var path = Path.Combine(folder, CassetteNames.FileName(test));
        var cassette = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(cassette);
        File.WriteAllText(path, cassette.ToJsonString());
    }
}
