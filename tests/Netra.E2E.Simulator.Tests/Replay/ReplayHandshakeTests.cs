using Netra.E2E.Simulator.Tests.Support;
using static Netra.E2E.Simulator.Tests.Replay.Tape;

namespace Netra.E2E.Simulator.Tests.Replay;

/// <summary>
/// What the upgrade request is answered with before any upgrade: a recorded refusal again, 404 when the headers name
/// nothing there, 422 when the cassette cannot be read; each body says what was wrong.
/// </summary>
public sealed class ReplayHandshakeTests : IAsyncLifetime
{
    private readonly CassetteDirectory _cassettes = new();

    [Fact]
    public async Task A_refused_handshake_is_refused_again_with_its_status_and_body()
    {
        _cassettes.Write("Refusal.json", Cassette(
            Refused("mallory#1", 403, """{"error":"forbidden","token":"{{jwt}}"}"""),
            Refused("mallory#2", 401, null)));
        var host = _cassettes.Host();

        var forbidden = await CassetteDirectory.RefusedUpgradeAsync(host, "Refusal.json", "mallory#1");
        var unauthorized = await CassetteDirectory.RefusedUpgradeAsync(host, "Refusal.json", "mallory#2");

        forbidden.Status.Should().Be(403);
        forbidden.Body.Should().Be("""{"error":"forbidden","token":"replay-redacted"}""");
        forbidden.ContentType.Should().StartWith("application/json");
        unauthorized.Status.Should().Be(401);
        unauthorized.Body.Should().BeEmpty();
    }

    [Fact]
    public async Task A_websocket_client_sees_the_recorded_refusal_status_and_no_upgrade()
    {
        _cassettes.Write("Refusal.json", Cassette(Refused("mallory#1", 403, "forbidden")));

        var connect = () => CassetteDirectory.ConnectAsync(_cassettes.Host(), "Refusal.json", "mallory#1");

        (await connect.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*status code: 403*");
    }

    [Fact]
    public async Task A_missing_cassette_is_404_naming_the_file_and_the_directory()
    {
        var (status, body, contentType) = await CassetteDirectory.RefusedUpgradeAsync(_cassettes.Host(), "Missing.json", "alice#1");

        status.Should().Be(404);
        body.Should().Be($"no cassette \"Missing.json\" in {_cassettes.Path}");
        contentType.Should().StartWith("text/plain");
    }

    [Fact]
    public async Task An_unknown_session_is_404_listing_the_cassettes_keys()
    {
        _cassettes.Write("Two.json", Cassette(Session("alice#1", []), Session("alice#2", [])));

        var (status, body, _) = await CassetteDirectory.RefusedUpgradeAsync(_cassettes.Host(), "Two.json", "bob#2");

        status.Should().Be(404);
        body.Should().Be("cassette \"Two.json\" has no session \"bob#2\" (it has: alice#1, alice#2)");
    }

    [Theory]
    [InlineData(null, "alice#1", "no X-Netra-Cassette header: name the cassette to replay, a file in *")]
    [InlineData("Two.json", null, "no X-Netra-Cassette-Session header: name the session of \"Two.json\" to replay (it has: alice#1, alice#2)")]
    public async Task A_missing_header_is_404_naming_the_header(string? cassette, string? session, string expected)
    {
        _cassettes.Write("Two.json", Cassette(Session("alice#1", []), Session("alice#2", [])));

        var (status, body, _) = await CassetteDirectory.RefusedUpgradeAsync(_cassettes.Host(), cassette, session);

        status.Should().Be(404);
        body.Should().Match(expected);
    }

    [Theory]
    [InlineData("../Outside.json")]
    [InlineData("..")]
    [InlineData("cassettes/../../Outside.json")]
    [InlineData("..\\Outside.json")]
    [InlineData("/tmp/Outside.json")]
    [InlineData("Inside.json/..")]
    public async Task A_name_that_leaves_the_directory_is_404_and_nothing_outside_is_served(string name)
    {
        File.WriteAllText(Path.Combine(_cassettes.Root, "Outside.json"), Cassette(Session("alice#1", [])));
        _cassettes.Write("Inside.json", Cassette(Session("alice#1", [])));

        var (status, body, _) = await CassetteDirectory.RefusedUpgradeAsync(_cassettes.Host(), name, "alice#1");

        status.Should().Be(404);
        body.Should().Be($"no cassette \"{name}\" in {_cassettes.Path}: a cassette is named by its file name alone (A-Z, a-z, 0-9, '.', '_', '-'; no \"..\")");
    }

    [Fact]
    public async Task A_cassette_that_is_not_json_is_422_naming_the_file_and_the_line()
    {
        _cassettes.Write("Broken.json", "{\n  \"format\": \"netra-e2e-cassette/1\",\n  \"sessions\": [ oops ]\n}\n");

        var (status, body, contentType) = await CassetteDirectory.RefusedUpgradeAsync(_cassettes.Host(), "Broken.json", "alice#1");

        status.Should().Be(422);
        body.Should().StartWith("cassette \"Broken.json\" is not valid JSON at line 3, byte ");
        body.Should().Contain("'o' is an invalid start of a value");
        contentType.Should().StartWith("text/plain");
    }

    [Theory]
    [InlineData("""{ "format": "netra-e2e-cassette/2", "sessions": [] }""", "is not a netra-e2e-cassette/1 cassette: its format is \"netra-e2e-cassette/2\"")]
    [InlineData("""{ "sessions": [] }""", "is not a netra-e2e-cassette/1 cassette: it has no \"format\"")]
    [InlineData("""[]""", "is not a netra-e2e-cassette/1 cassette: its top level is array, not an object")]
    [InlineData("""{ "format": "netra-e2e-cassette/1" }""", "is not a valid netra-e2e-cassette/1 cassette: sessions is missing")]
    [InlineData("""{ "format": "netra-e2e-cassette/1", "sessions": [ { "key": "a#1", "handshake": { "status": 101 }, "frames": [ { "turn": 0, "direction": "in", "atMs": -1, "json": {} } ] } ] }""",
        "is not a valid netra-e2e-cassette/1 cassette: sessions[0].frames[0].atMs must be a whole number of at least 0")]
    [InlineData("""{ "format": "netra-e2e-cassette/1", "sessions": [ { "key": "a#1", "handshake": { "status": 101 }, "frames": [ { "turn": 2, "direction": "out", "atMs": 0, "json": {} } ] } ] }""",
        "is not a valid netra-e2e-cassette/1 cassette: sessions[0].frames[0] is a client frame of turn 2; the next turn is 1")]
    [InlineData("""{ "format": "netra-e2e-cassette/1", "sessions": [ { "key": "a#1", "handshake": { "status": 101 }, "frames": [ { "turn": 0, "direction": "in", "atMs": 0 } ] } ] }""",
        "is not a valid netra-e2e-cassette/1 cassette: sessions[0].frames[0] must hold exactly one of \"json\" and \"text\"")]
    [InlineData("""{ "format": "netra-e2e-cassette/1", "sessions": [ { "key": "a#1", "handshake": { "status": 101 }, "close": { "code": 1000, "by": "nobody" }, "frames": [] } ] }""",
        "is not a valid netra-e2e-cassette/1 cassette: sessions[0].close.by must be \"server\" or \"client\", not \"nobody\"")]
    [InlineData("""{ "format": "netra-e2e-cassette/1", "sessions": [ { "key": "a#1", "handshake": { "status": 403 }, "frames": [ { "turn": 0, "direction": "in", "atMs": 0, "text": "x" } ] } ] }""",
        "is not a valid netra-e2e-cassette/1 cassette: sessions[0] (\"a#1\") was refused with 403 but has frames")]
    [InlineData("""{ "format": "netra-e2e-cassette/1", "sessions": [ { "key": "a#1", "handshake": { "status": 101 }, "frames": [] }, { "key": "a#1", "handshake": { "status": 101 }, "frames": [] } ] }""",
        "is not a valid netra-e2e-cassette/1 cassette: two sessions have the key \"a#1\"")]
    public async Task A_cassette_the_replay_cannot_use_is_422_naming_the_file_and_the_problem(string content, string problem)
    {
        _cassettes.Write("Bad.json", content);

        var (status, body, _) = await CassetteDirectory.RefusedUpgradeAsync(_cassettes.Host(), "Bad.json", "a#1");

        status.Should().Be(422);
        body.Should().Be($"cassette \"Bad.json\" {problem}");
    }

    [Fact]
    public async Task A_plain_get_naming_a_good_session_is_400()
    {
        _cassettes.Write("Good.json", Cassette(Session("alice#1", [])));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ws");
        request.Headers.Add(Simulator.Replay.ReplayEndpoint.CassetteHeader, "Good.json");
        request.Headers.Add(Simulator.Replay.ReplayEndpoint.SessionHeader, "alice#1");

        using var response = await _cassettes.Host().CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        ((int)response.StatusCode).Should().Be(400);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _cassettes.DisposeAsync();
}
