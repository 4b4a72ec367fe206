using Netra.E2E.Harness.Drift;
using Netra.E2E.Harness.Recording;

namespace Netra.E2E.Harness.Tests.Drift;

/// <summary>Drift compares shapes, never text: ids, timing, wording and how often the agent thinks are not drift.</summary>
public sealed class DriftComparerTests
{
    private const string StagingWelcome = """{"type":"system_message","data":{"event":"connection_established","connection_id":"{{connection_id:1}}","user_id":"{{user_id:1}}"},"timestamp":1795607554.19}""";
    private const string ContractWelcome = """{"type":"connection_established","payload":{"connection_id":"{{connection_id:1}}","user_id":"{{user_id:1}}","server_time":"2026-01-01T00:00:00Z"},"timestamp":"2026-01-01T00:00:00Z","message_id":"{{message_id:1}}"}""";
    private const string Request = """{"type":"user_message","payload":{"content":"Analyze my AWS costs","run_id":"{{run_id:1}}"}}""";

    private static string Event(string type, string fields, int second = 1) =>
        $$$"""{"type":"{{{type}}}","payload":{"run_id":"{{run_id:1}}","thread_id":"{{thread_id:1}}","agent_name":"cost_optimizer"{{{fields}}}},"timestamp":"2026-01-01T00:00:0{{{second}}}Z","message_id":"m{{{second}}}"}""";

    private static string[] Run(string answer, string recommendations = """[{"title":"Right-size EC2","detail":"saves $1,000"}]""", int thoughts = 1) =>
    [
        Event("agent_started", ""),
        .. Enumerable.Range(0, thoughts).Select(_ => Event("agent_thinking", ""","thought":"Looking at the bill","step_number":1,"total_steps":2""")),
        Event("tool_executing", ""","tool_name":"cost_explorer" """),
        Event("tool_completed", ""","tool_name":"cost_explorer","result":{"total":1}"""),
        Event("agent_completed", $$$""","duration_ms":5,"result":{"content":"{{{answer}}}","recommendations":{{{recommendations}}}}""", 2),
    ];

    private static Cassette Cassette(string welcome, IEnumerable<string> inFrames, int status = 101, int? close = 1000) => new("T.M", "real", "b", "contract",
    [
        new CassetteSession("alice#1", new CassetteHandshake(status, null), close is null ? null : new CassetteClose(close, "client"),
            [CassetteFrame.From(0, "in", 3, welcome), CassetteFrame.From(1, "out", 0, Request), .. inFrames.Select((f, i) => CassetteFrame.From(1, "in", 10 * i, f))]),
    ]);

    private static TestDrift Compare(Cassette staging, Cassette simulator) => DriftComparer.Compare(staging, simulator, "01 Basic flow");

    [Fact]
    public void Other_wording_ids_timing_and_more_thoughts_are_no_drift()
    {
        var recorded = Cassette(ContractWelcome, Run("AWS spend of $12,000 can drop by 10% if you right-size."));
        var live = Cassette(ContractWelcome.Replace("00:00:00", "09:41:00", StringComparison.Ordinal),
            Run("On Amazon Web Services you could save $1,200, about 10 percent, by right-sizing.", thoughts: 3));

        Compare(recorded, live).Items.Should().BeEmpty();
    }

    [Fact]
    public void A_welcome_of_another_form_is_named_as_such()
    {
        var drift = Compare(Cassette(StagingWelcome, Run("AWS: save $1,000 (10%).")), Cassette(ContractWelcome, Run("AWS: save $1,000 (10%).")));

        drift.Items.Should().Contain(i => i.Aspect == DriftAspects.WelcomeForm && i.Staging.Contains("welcome as system_message", StringComparison.Ordinal));
        drift.Items.Should().Contain(i => i.Aspect == DriftAspects.WelcomeForm && i.Subject == "connection_established" && i.Staging.Contains("event: string", StringComparison.Ordinal)
                                          && i.Simulator.Contains("server_time: string", StringComparison.Ordinal));
    }

    [Fact]
    public void A_payload_name_that_changed_is_named_with_both_sides()
    {
        var renamed = Run("AWS: save $1,000 (10%).").Select(f => f.Replace("\"tool_name\"", "\"tool\"", StringComparison.Ordinal));

        var drift = Compare(Cassette(ContractWelcome, renamed), Cassette(ContractWelcome, Run("AWS: save $1,000 (10%).")));

        drift.Items.Should().ContainEquivalentOf(new DriftItem(DriftAspects.PayloadNames, "tool_executing", "tool: string", "tool_name: string"));
        drift.Items.Should().ContainEquivalentOf(new DriftItem(DriftAspects.PayloadNames, "tool_completed", "tool: string", "tool_name: string"));
    }

    [Fact]
    public void An_error_where_the_run_was_answered_changes_the_event_sequence_error_codes_and_answers()
    {
        string[] refused = [Event("error", ""","code":"AGENT_NOT_FOUND","message":"no such agent" """)];

        var drift = Compare(Cassette(ContractWelcome, Run("AWS: save $1,000 (10%).")), Cassette(ContractWelcome, refused));

        drift.Items.Select(i => i.Aspect).Should().Contain([DriftAspects.Events, DriftAspects.ErrorCodes, DriftAspects.AnswerFacts]);
        drift.Items.Should().ContainEquivalentOf(new DriftItem(DriftAspects.ErrorCodes, "alice#1", DriftItem.Nothing, "AGENT_NOT_FOUND"));
    }

    [Fact]
    public void A_refusal_of_another_form_shows_in_the_handshake_and_the_close()
    {
        var drift = Compare(Cassette(StagingWelcome, [], status: 101, close: 1008), Cassette(ContractWelcome, [], status: 401, close: null) with { });

        drift.Items.Should().ContainEquivalentOf(new DriftItem(DriftAspects.Handshake, "alice#1", "101 (upgraded)", "HTTP 401"));
        drift.Items.Should().ContainEquivalentOf(new DriftItem(DriftAspects.Close, "alice#1", "1008 by client", "no close frame"));
    }

    [Fact]
    public void An_empty_list_says_nothing_of_its_items_and_an_unlisted_recommendation_is_wording()
    {
        var structured = Cassette(ContractWelcome, Run("AWS: save $1,000 (10%)."));
        var proseOnly = Cassette(ContractWelcome, Run("AWS: save $1,000 (10%).", recommendations: "[]"));

        Compare(structured, proseOnly).Items.Should().BeEmpty();
    }

    [Fact]
    public void Answers_that_state_different_facts_drift()
    {
        var drift = Compare(Cassette(ContractWelcome, Run("AWS: save $1,000 (10%).")), Cassette(ContractWelcome, Run("Azure: save $1,000.")));

        drift.Items.Should().ContainSingle(i => i.Aspect == DriftAspects.AnswerFacts).Which.Should().Be(new DriftItem(DriftAspects.AnswerFacts,
            "alice#1, answer 1", "dollar and percent figures, AWS, 1 recommendation(s)", "dollar figures, Azure, 1 recommendation(s)"));
    }

    [Fact]
    public void The_same_difference_in_many_sessions_is_one_item_naming_them()
    {
        CassetteSession Session(string key, int status) => new(key, new CassetteHandshake(status, null), null, []);
        var recorded = new Cassette("T.M", "real", "b", null, [.. Enumerable.Range(1, 3).Select(n => Session($"user-{n}#1", 101))]);
        var live = new Cassette("T.M", "real", "b", null, [.. Enumerable.Range(1, 3).Select(n => Session($"user-{n}#1", 401))]);

        Compare(recorded, live).Items.Should().Equal(new DriftItem(DriftAspects.Handshake, "3 sessions (user-1#1 … user-3#1)", "101 (upgraded)", "HTTP 401"));
    }
}
