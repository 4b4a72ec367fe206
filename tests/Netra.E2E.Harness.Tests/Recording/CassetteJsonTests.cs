using Netra.E2E.Harness.Recording;

namespace Netra.E2E.Harness.Tests.Recording;

/// <summary>A cassette is plain, diff-friendly JSON in the shared format, and reads back as it was written.</summary>
public sealed class CassetteJsonTests
{
    private static readonly Cassette Sample = new("Tests.Basic_flow", "real", "netra-ai-platform 1.0.0", "staging",
    [
        new CassetteSession("alice#1", new CassetteHandshake(101, null), new CassetteClose(1000, CassetteClose.ByClient),
        [
            CassetteFrame.From(0, CassetteFrame.In, 4, """{"type":"system_message","data":{"event":"connection_established","user_id":"{{user_id:1}}"}}"""),
            CassetteFrame.From(1, CassetteFrame.Out, 0, """{"type":"user_message","payload":{"content":"Saves $11,000 → “quoted”","run_id":"{{run_id:1}}"}}"""),
            CassetteFrame.From(2, CassetteFrame.Out, 0, "this is not json {"),
        ]),
        new CassetteSession("forger#1", new CassetteHandshake(401, null), null, []),
    ]);

    [Fact]
    public void It_writes_the_formats_keys_in_order_one_frame_a_line_with_lf_endings()
    {
        var text = CassetteJson.Write(Sample);

        text.Should().StartWith("{\n  \"format\": \"netra-e2e-cassette/1\",\n  \"test\": \"Tests.Basic_flow\",\n  \"mode\": \"real\",\n  \"backend\": \"netra-ai-platform 1.0.0\",\n  \"dialect\": \"staging\",\n  \"sessions\": [\n");
        text.Should().Contain("      \"key\": \"alice#1\",\n      \"handshake\": { \"status\": 101, \"subprotocol\": null },\n      \"close\": { \"code\": 1000, \"by\": \"client\" },\n      \"frames\": [\n");
        text.Should().Contain("        { \"turn\": 1, \"direction\": \"out\", \"atMs\": 0, \"json\": {\"type\":\"user_message\",\"payload\":{\"content\":\"Saves $11,000 → “quoted”\",\"run_id\":\"{{run_id:1}}\"}} },\n");
        text.Should().Contain("{ \"turn\": 2, \"direction\": \"out\", \"atMs\": 0, \"text\": \"this is not json {\" }");
        text.Should().Contain("\"close\": null,\n      \"frames\": []\n");
        text.Should().EndWith("  ]\n}\n").And.NotContain("\r");
    }

    [Fact]
    public void It_reads_back_what_it_wrote()
    {
        var again = CassetteJson.Read(CassetteJson.Write(Sample), "sample");

        CassetteJson.Write(again).Should().Be(CassetteJson.Write(Sample));
        again.Sessions[0].Frames[0].Json!["data"]!["event"]!.GetValue<string>().Should().Be("connection_established");
        again.Sessions[1].Handshake.Status.Should().Be(401);
    }

    [Fact]
    public void A_file_of_another_format_is_refused_naming_it()
    {
        var read = () => CassetteJson.Read("""{"format":"something-else/2","test":"x","sessions":[]}""", "x.json");

        read.Should().Throw<InvalidDataException>().WithMessage("the cassette x.json cannot be read: format 'something-else/2'*");
    }

    [Theory]
    [InlineData("Tests", "Method", new object[0], "Tests.Method")]
    [InlineData("Tests", "Scenario", new object[] { "capacity-planning" }, "Tests.Scenario.capacity-planning")]
    [InlineData("Tests", "Header", new object[] { "X-Test-Type: E2E" }, "Tests.Header.X-Test-Type__E2E")]
    [InlineData("Tests", "Row", new object[] { "cost optimisation", "agent", 3 }, "Tests.Row.cost_optimisation")]
    public void A_test_is_named_by_class_method_and_its_rows_key(string testClass, string method, object[] arguments, string expected)
    {
        CassetteNames.TestStem(testClass, method, arguments).Should().Be(expected);
        CassetteNames.FileName(expected).Should().Be(expected + ".json");
    }
}
