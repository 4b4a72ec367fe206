using System.Text.Json;
using Netra.E2E.Simulator.Replay;

namespace Netra.E2E.Simulator.Tests.Replay;

/// <summary>Replay substitution (cassette-format.md): what binds, what wins, and how frames are written back.</summary>
public sealed class PlaceholderBinderTests
{
    [Fact]
    public void Whole_string_placeholders_bind_to_the_live_strings_at_the_same_paths()
    {
        var binder = new PlaceholderBinder();

        binder.Bind(
            Out("""{ "payload": { "run_id": "{{run_id:1}}", "tags": ["{{thread_id:1}}", "{{request_id:1}}"], "note": "about {{message_id:1}}" } }"""),
            """{"payload":{"run_id":"run_a","tags":["thread_a"],"note":"about msg_a","extra":1}}""");

        binder.Substitute("{{run_id:1}} {{thread_id:1}} {{request_id:1}} {{message_id:1}}")
            .Should().Be("run_a thread_a replay-request_id-1 replay-message_id-1", "only whole-string placeholders bind, and only where the live frame has a string");
    }

    [Fact]
    public void The_first_binding_wins()
    {
        var binder = new PlaceholderBinder();

        binder.Bind(Out("""{ "run_id": "{{run_id:1}}" }"""), """{"run_id":"run_first"}""");
        binder.Bind(Out("""{ "payload": { "run_id": "{{run_id:1}}" } }"""), """{"payload":{"run_id":"run_second"}}""");

        binder.Substitute("{{run_id:1}}").Should().Be("run_first");
    }

    [Fact]
    public void A_stand_in_once_sent_is_kept_over_a_later_binding()
    {
        var binder = new PlaceholderBinder();

        binder.Substitute("{{thread_id:2}}").Should().Be("replay-thread_id-2");
        binder.Bind(Out("""{ "thread_id": "{{thread_id:2}}" }"""), """{"thread_id":"thread_live"}""");

        binder.Substitute("{{thread_id:2}}").Should().Be("replay-thread_id-2", "the client has already been sent the stand-in");
    }

    [Fact]
    public void A_live_value_of_another_json_type_binds_nothing()
    {
        var binder = new PlaceholderBinder();

        binder.Bind(Out("""{ "run_id": "{{run_id:1}}" }"""), """{"run_id":42}""");

        binder.Substitute("{{run_id:1}}").Should().Be("replay-run_id-1");
    }

    [Theory]
    [InlineData("jwt-auth", "jwt-auth", true)]
    [InlineData("jwt-auth", "jwt-other", false)]
    [InlineData("jwt.{{token}}", "jwt.ZXlK", true)]
    [InlineData("jwt.{{token}}", "jwt.", false)]
    [InlineData("a.b", "aXb", false)]
    public void A_recorded_value_with_placeholders_fits_any_live_value_of_its_form(string recorded, string live, bool fits)
    {
        PlaceholderBinder.Fits(recorded, live).Should().Be(fits);
    }

    [Fact]
    public void A_json_frame_is_written_compactly_with_its_key_order_number_text_and_characters_kept()
    {
        var frame = new RecordedFrame(0, Json("""{ "z": 1, "a": [1.50, true, null], "s": "é <b> & {{user_id:1}}", "m": { } }"""), null);

        FrameWriter.Write(frame, new PlaceholderBinder()).Should().Be("""{"z":1,"a":[1.50,true,null],"s":"é <b> & replay-user_id-1","m":{}}""");
    }

    private static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static RecordedFrame Out(string json) => new(0, Json(json), null);
}
