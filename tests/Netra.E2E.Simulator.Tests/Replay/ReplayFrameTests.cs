using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Netra.E2E.Simulator.Tests.Support;
using static Netra.E2E.Simulator.Tests.Replay.Tape;

namespace Netra.E2E.Simulator.Tests.Replay;

/// <summary>What a replayed session sends: turn 0 on connect, turn k after the client's k-th frame, frames as recorded.</summary>
public sealed class ReplayFrameTests : IAsyncLifetime
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(200);
    private readonly CassetteDirectory _cassettes = new();

    [Fact]
    public async Task The_turn_0_frames_arrive_on_connect_as_recorded()
    {
        _cassettes.Write("Greeting.json", Cassette(Session("alice#1", [
            In(0, 4, """{ "type": "system_message", "data": { "event": "connection_established", "note": "café <ok> & \"quoted\"" }, "timestamp": 1757403398.535710 }"""),
            InText(0, 5, "not json {"),
        ])));
        using var socket = await CassetteDirectory.ConnectAsync(_cassettes.Host(), "Greeting.json", "alice#1");

        (await socket.NextRawAsync()).Should().Be(
            """{"type":"system_message","data":{"event":"connection_established","note":"café <ok> & \"quoted\""},"timestamp":1757403398.535710}""",
            "a JSON frame is sent compactly, its key order and number text as recorded");
        (await socket.NextRawAsync()).Should().Be("not json {");
    }

    [Fact]
    public async Task The_frames_of_turn_k_follow_the_clients_kth_frame()
    {
        _cassettes.Write("Turns.json", Cassette(Session("alice#1", [
            In(0, 0, """{ "type": "welcome" }"""),
            Out(1, """{ "type": "user_message" }"""),
            In(1, 0, """{ "type": "agent_started" }"""),
            In(1, 0, """{ "type": "agent_completed" }"""),
            Out(2, """{ "type": "ping" }"""),
            In(2, 0, """{ "type": "pong" }"""),
        ])));
        using var socket = await CassetteDirectory.ConnectAsync(_cassettes.Host(), "Turns.json", "alice#1");

        (await socket.NextAsync())!["type"]!.GetValue<string>().Should().Be("welcome");
        (await socket.FirstWithinAsync(Quiet)).Should().BeNull("turn 1 waits for the client's first frame");

        await socket.SendAsync("""{"type":"user_message","payload":{"content":"hello"}}""");
        (await socket.NextAsync())!["type"]!.GetValue<string>().Should().Be("agent_started");
        (await socket.NextAsync())!["type"]!.GetValue<string>().Should().Be("agent_completed");
        (await socket.FirstWithinAsync(Quiet)).Should().BeNull("turn 2 waits for the client's second frame");

        await socket.SendAsync("""{"type":"ping"}""");
        (await socket.NextAsync())!["type"]!.GetValue<string>().Should().Be("pong");
    }

    [Fact]
    public async Task The_clients_run_id_is_bound_and_appears_in_the_replayed_events()
    {
        _cassettes.Write("Run.json", Cassette(Session("alice#1", [
            Out(1, """{ "type": "user_message", "payload": { "content": "Optimize", "run_id": "{{run_id:1}}" } }"""),
            In(1, 10, """{ "type": "agent_started", "run_id": "{{run_id:1}}", "payload": { "note": "run {{run_id:1}} on {{thread_id:1}}" } }"""),
            In(1, 20, """{ "type": "agent_completed", "run_id": "{{run_id:1}}", "thread_id": "{{thread_id:1}}" }"""),
        ])));
        using var socket = await CassetteDirectory.ConnectAsync(_cassettes.Host(), "Run.json", "alice#1");

        await socket.SendAsync("""{"type":"user_message","payload":{"content":"Optimize my AWS costs","run_id":"run_live_42"}}""");
        var started = (await socket.NextAsync())!;
        var completed = (await socket.NextAsync())!;

        started["run_id"]!.GetValue<string>().Should().Be("run_live_42");
        started["payload"]!["note"]!.GetValue<string>().Should().Be("run run_live_42 on replay-thread_id-1", "placeholders are replaced inside longer strings too");
        completed["run_id"]!.GetValue<string>().Should().Be("run_live_42");
        completed["thread_id"]!.GetValue<string>().Should().Be("replay-thread_id-1", "an unbound placeholder has the same stand-in in every frame");
    }

    [Fact]
    public async Task Unbound_placeholders_get_stable_stand_ins_and_credentials_are_redacted()
    {
        _cassettes.Write("Standins.json", Cassette(Session("alice#1", [
            In(0, 0, """{ "type": "system_message", "data": { "user_id": "{{user_id:1}}", "email": "{{email:2}}" } }"""),
            In(0, 0, """{ "type": "error_message", "details": { "token_preview_start": "{{jwt}}", "authorization": "Bearer {{token}}", "key": "{{secret}}" } }"""),
            InText(0, 0, "user {{user_id:1}} again"),
        ])));
        using var socket = await CassetteDirectory.ConnectAsync(_cassettes.Host(), "Standins.json", "alice#1");

        var welcome = (await socket.NextAsync())!;
        var refusal = (await socket.NextAsync())!;
        var text = await socket.NextRawAsync();

        welcome["data"]!.ToJsonString().Should().Be("""{"user_id":"replay-user_id-1","email":"replay-email-2"}""");
        refusal["details"]!.ToJsonString().Should().Be("""{"token_preview_start":"replay-redacted","authorization":"Bearer replay-redacted","key":"replay-redacted"}""");
        text.Should().Be("user replay-user_id-1 again");
    }

    [Fact]
    public async Task A_live_frame_that_is_not_JSON_or_a_recorded_text_frame_binds_nothing()
    {
        _cassettes.Write("Unbound.json", Cassette(Session("alice#1", [
            Out(1, """{ "type": "user_message", "payload": { "run_id": "{{run_id:1}}" } }"""),
            In(1, 0, """{ "type": "error_message", "run_id": "{{run_id:1}}" }"""),
            OutText(2, "{ \"run_id\": \"{{run_id:2}}\""),
            In(2, 0, """{ "type": "error_message", "run_id": "{{run_id:2}}" }"""),
        ])));
        using var socket = await CassetteDirectory.ConnectAsync(_cassettes.Host(), "Unbound.json", "alice#1");

        await socket.SendAsync("this is not json");
        (await socket.NextAsync())!["run_id"]!.GetValue<string>().Should().Be("replay-run_id-1");
        await socket.SendAsync("""{"run_id":"run_live"}""");
        (await socket.NextAsync())!["run_id"]!.GetValue<string>().Should().Be("replay-run_id-2");
    }

    [Fact]
    public async Task Two_connections_replaying_the_same_session_keep_their_own_bindings()
    {
        _cassettes.Write("Shared.json", Cassette(Session("alice#1", [
            Out(1, """{ "type": "user_message", "payload": { "run_id": "{{run_id:1}}" } }"""),
            In(1, 0, """{ "type": "agent_started", "run_id": "{{run_id:1}}" }"""),
        ])));
        var host = _cassettes.Host();
        using var first = await CassetteDirectory.ConnectAsync(host, "Shared.json", "alice#1");
        using var second = await CassetteDirectory.ConnectAsync(host, "Shared.json", "alice#1");

        await Task.WhenAll(
            first.SendAsync("""{"type":"user_message","payload":{"run_id":"run_first"}}"""),
            second.SendAsync("""{"type":"user_message","payload":{"run_id":"run_second"}}"""));

        (await first.NextAsync())!["run_id"]!.GetValue<string>().Should().Be("run_first");
        (await second.NextAsync())!["run_id"]!.GetValue<string>().Should().Be("run_second");
    }

    [Fact]
    public async Task A_server_close_is_replayed_with_its_code_after_the_last_turn()
    {
        _cassettes.Write("Closed.json", Cassette(Session("alice#1", [
            In(0, 0, """{ "type": "welcome" }"""),
            Out(1, """{ "type": "user_message" }"""),
            In(1, 0, """{ "type": "error_message", "error_code": "CONNECTION_ERROR" }"""),
        ], close: """{ "code": 1011, "by": "server" }""")));
        using var socket = await CassetteDirectory.ConnectAsync(_cassettes.Host(), "Closed.json", "alice#1");

        await socket.NextAsync();
        (await socket.FirstWithinAsync(Quiet)).Should().BeNull();
        socket.CloseStatus.Should().BeNull("the server closes after the last turn, not before");

        await socket.SendAsync("""{"type":"user_message"}""");
        var rest = await socket.UntilClosedAsync();

        rest.Should().ContainSingle().Which["error_code"]!.GetValue<string>().Should().Be("CONNECTION_ERROR");
        socket.CloseStatus.Should().Be(WebSocketCloseStatus.InternalServerError);
    }

    [Fact]
    public async Task A_session_without_client_frames_closes_right_after_its_greeting()
    {
        _cassettes.Write("Refused.json", Cassette(Session("mallory#1", [
            In(0, 100, """{ "type": "error_message", "error_code": "VALIDATION_FAILED" }"""),
        ], close: """{ "code": 1008, "by": "server" }""")));
        using var socket = await CassetteDirectory.ConnectAsync(_cassettes.Host(), "Refused.json", "mallory#1");

        var frames = await socket.UntilClosedAsync();

        frames.Should().ContainSingle();
        socket.CloseStatus.Should().Be(WebSocketCloseStatus.PolicyViolation);
    }

    [Theory]
    [InlineData("null", WebSocketCloseStatus.Empty)]
    [InlineData("1005", WebSocketCloseStatus.Empty)]
    [InlineData("1006", null)]
    public async Task A_server_close_without_a_code_is_a_bare_close_frame_and_1006_a_dropped_connection(string code, WebSocketCloseStatus? seen)
    {
        _cassettes.Write("Dropped.json", Cassette(Session("alice#1", [
            In(0, 0, """{ "type": "welcome" }"""),
        ], close: $$"""{ "code": {{code}}, "by": "server" }""")));
        using var socket = await CassetteDirectory.ConnectAsync(_cassettes.Host(), "Dropped.json", "alice#1");

        var frames = await socket.UntilClosedAsync();

        frames.Should().ContainSingle();
        socket.CloseStatus.Should().Be(seen);
    }

    [Fact]
    public async Task A_frame_beyond_the_last_turn_closes_the_socket_1011_naming_the_turn()
    {
        _cassettes.Write("Short.json", Cassette(Session("alice#1", [
            Out(1, """{ "type": "user_message" }"""),
            In(1, 0, """{ "type": "agent_completed" }"""),
        ])));
        using var socket = await CassetteDirectory.ConnectAsync(_cassettes.Host(), "Short.json", "alice#1");

        await socket.SendAsync("""{"type":"user_message"}""");
        await socket.NextAsync();
        await socket.SendAsync("""{"type":"user_message","payload":{"content":"one more"}}""");
        var frames = await socket.UntilClosedAsync();

        frames.Should().BeEmpty();
        socket.CloseStatus.Should().Be(WebSocketCloseStatus.InternalServerError);
        socket.CloseDescription.Should().Be("replay: cassette has no turn 2");
    }

    [Fact]
    public async Task The_clients_close_ends_the_replay_at_once_with_the_close_handshake_and_no_error()
    {
        var errors = new ErrorLog();
        _cassettes.Write("Long.json", Cassette(Session("alice#1", [
            In(0, 0, """{ "type": "welcome" }"""),
            In(0, 600_000, """{ "type": "ten_minutes_later" }"""),
        ])));
        var host = _cassettes.Host(speed: "1", services: s => s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(errors));
        var client = host.Server.CreateWebSocketClient();
        client.ConfigureRequest = r =>
        {
            r.Headers[Simulator.Replay.ReplayEndpoint.CassetteHeader] = "Long.json";
            r.Headers[Simulator.Replay.ReplayEndpoint.SessionHeader] = "alice#1";
        };
        using var socket = await client.ConnectAsync(new Uri(host.Server.BaseAddress, "ws"), TestContext.Current.CancellationToken);
        var buffer = new byte[1024];
        (await socket.ReceiveAsync(buffer, TestContext.Current.CancellationToken)).MessageType.Should().Be(WebSocketMessageType.Text);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TestSocket.Wait);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);

        socket.State.Should().Be(WebSocketState.Closed);
        socket.CloseStatus.Should().Be(WebSocketCloseStatus.NormalClosure, "the server answers the client's close with its code");
        await host.DisposeAsync();
        errors.Errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("jwt-auth", new[] { "jwt-auth" }, "jwt-auth")]
    [InlineData("jwt-auth", new string[0], null)]
    [InlineData("jwt.{{token}}", new[] { "other", "jwt.ZXlKaGJHY2lPaUpJVXpJMU5pSjk" }, "jwt.ZXlKaGJHY2lPaUpJVXpJMU5pSjk")]
    public async Task The_recorded_subprotocol_is_selected_when_the_client_offers_it(string recorded, string[] offered, string? selected)
    {
        _cassettes.Write("Subprotocol.json", Cassette(Session("alice#1", [In(0, 0, """{ "type": "welcome" }""")], subprotocol: recorded)));
        using var socket = await CassetteDirectory.ConnectAsync(_cassettes.Host(), "Subprotocol.json", "alice#1", offered);

        await socket.NextAsync();

        socket.SubProtocol.Should().Be(selected);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _cassettes.DisposeAsync();
}
