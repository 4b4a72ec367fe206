using Netra.E2E.Harness.Auth;
using Netra.E2E.Harness.Recording;

namespace Netra.E2E.Harness.Tests.Recording;

/// <summary>What a cassette must never hold is replaced before it is written, by placeholders that stay stable.</summary>
public sealed class CassetteRedactorTests
{
    // Generated per run, as the suite's own secrets are: none is ever written into the code.
    private static readonly string Secret = TokenIssuer.NewSecret();
    private static readonly TestUser Alice = new TokenIssuer(Secret).NewUser("alice");

    private static Cassette Of(params string[] inFrames) => new("T.M", "real", "netra 1.0", "staging",
        [new CassetteSession("alice#1", new CassetteHandshake(101, null), new CassetteClose(1000, "client"),
            inFrames.Select((f, i) => CassetteFrame.From(0, CassetteFrame.In, i, f)).ToArray())]);

    private static string Redacted(Cassette cassette) =>
        CassetteJson.Write(new CassetteRedactor(Secret, [Alice.Token], [Alice.Id]).Redact(cassette));

    [Fact]
    public void The_secret_tokens_emails_and_user_ids_never_reach_the_cassette()
    {
        var text = Redacted(Of(
            $$$"""{"type":"system_message","data":{"user_id":"{{{Alice.Id}}}","note":"signed with {{{Secret}}}"}}""",
            $$$"""{"type":"echo","details":{"authorization":"Bearer {{{Alice.Token}}}","email":"{{{Alice.Email}}}","said":"hello {{{Alice.Id}}}"}}""",
            $"plain text holding {Alice.Token}"));

        text.Should().NotContain(Secret).And.NotContain(Alice.Token).And.NotContain(Alice.Id).And.NotContain(Alice.Email);
        text.Should().Contain("\"user_id\":\"{{user_id:1}}\"").And.Contain("signed with {{secret}}").And.Contain("\"authorization\":\"Bearer {{token}}\"")
            .And.Contain("\"email\":\"{{email:1}}\"").And.Contain("hello {{user_id:1}}").And.Contain("plain text holding {{jwt}}");
    }

    [Fact]
    public void Any_jwt_shaped_string_goes_also_an_unsigned_one()
    {
        var text = Redacted(Of("""{"type":"x","a":"eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.","b":"see eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ5In0.c2lnbmF0dXJl now"}"""));

        text.Should().Contain("\"a\":\"{{jwt}}\"").And.Contain("\"b\":\"see {{jwt}} now\"");
    }

    [Fact]
    public void A_refusal_echoing_pieces_of_the_token_keeps_none_of_them()
    {
        var head = Alice.Token[..12];
        var tail = Alice.Token[^8..];

        var text = Redacted(Of($$$"""{"type":"error_message","details":{"token_preview":"{{{head}}}...{{{tail}}}"}}"""));

        text.Should().Contain("\"token_preview\":\"{{token}}...{{token}}\"");
    }

    [Fact]
    public void Ids_are_numbered_by_first_appearance_and_replaced_wherever_they_appear_again()
    {
        var text = Redacted(Of(
            """{"type":"agent_started","run_id":"run_server_abc123","thread_id":"thread_77aa88bb"}""",
            """{"type":"agent_started","run_id":"run_server_def456","payload":{"summary":"continues thread_77aa88bb after run_server_abc123"}}""",
            """{"type":"agent_completed","runId":"run_server_def456","messageId":"m1"}"""));

        text.Should().Contain("\"run_id\":\"{{run_id:1}}\",\"thread_id\":\"{{thread_id:1}}\"")
            .And.Contain("\"run_id\":\"{{run_id:2}}\"").And.Contain("continues {{thread_id:1}} after {{run_id:1}}")
            .And.Contain("\"runId\":\"{{run_id:2}}\"").And.Contain("\"messageId\":\"{{message_id:1}}\"");
    }

    [Fact]
    public void A_short_id_is_replaced_only_where_it_is_the_whole_value()
    {
        var text = Redacted(Of("""{"type":"pong","message_id":"m1","content":"m1 is also a word in m1x"}"""));

        text.Should().Contain("\"message_id\":\"{{message_id:1}}\"").And.Contain("\"content\":\"m1 is also a word in m1x\"");
    }

    [Fact]
    public void The_chosen_subprotocol_may_carry_the_token_and_is_never_kept()
    {
        var cassette = Of() with { Sessions = [new CassetteSession("alice#1", new CassetteHandshake(101, "jwt." + Alice.Token), null, [])] };

        Redacted(cassette).Should().Contain("\"subprotocol\": \"{{token}}\"").And.NotContain(Alice.Token[..20]);
    }

    [Fact]
    public void The_same_traffic_redacts_to_the_same_text()
    {
        var cassette = Of("""{"type":"agent_started","run_id":"run_server_abc123","thread_id":"thread_77aa88bb"}""");

        Redacted(cassette).Should().Be(Redacted(cassette));
    }
}
