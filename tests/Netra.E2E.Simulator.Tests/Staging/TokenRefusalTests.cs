using System.Net.WebSockets;
using Microsoft.IdentityModel.Tokens;
using Netra.E2E.Simulator.Tests.Support;

namespace Netra.E2E.Simulator.Tests.Staging;

/// <summary>
/// The auth service's rules hold in both dialects; they differ in how a token is refused: the contract answers HTTP 401
/// (403 without the chat permission) before the upgrade, the deployed backend upgrades, says why and closes 1008.
/// </summary>
public sealed class TokenRefusalTests : IAsyncLifetime
{
    private readonly SimulatorHost _contract = new();
    private readonly SimulatorHost _staging = SimulatorHost.Staging();

    public static TheoryData<string, string> RefusedTokens => new()
    {
        { "no token_type", "VALIDATION_FAILED" },
        { "a foreign audience", "VALIDATION_FAILED" },
        { "issued more than 24 hours ago", "VALIDATION_FAILED" },
        { "signed with the wrong secret", "VALIDATION_FAILED" },
        { "expired", "VALIDATION_FAILED" },
        { "another issuer", "VALIDATION_FAILED" },
        { "not a JWT", "INVALID_FORMAT" },
        { "none", "NO_TOKEN" },
    };

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task Under_the_contract_a_refused_token_gets_401_before_the_upgrade(string token, string _)
    {
        var connect = () => _contract.ConnectAsync(new Handshake { Bearer = TokenFor(_contract, token) });

        (await connect.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*status code: 401*");
    }

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task Under_staging_a_refused_token_is_upgraded_told_why_and_closed_1008(string token, string code)
    {
        var bearer = TokenFor(_staging, token);
        using var socket = await _staging.ConnectAsync(new Handshake { Bearer = bearer });

        var frames = await socket.UntilClosedAsync();

        var error = frames.Should().ContainSingle().Subject;
        error["type"]!.GetValue<string>().Should().Be("error_message");
        error["error_code"]!.GetValue<string>().Should().Be(code);
        error["recovery_suggestions"].Should().BeNull();
        socket.CloseStatus.Should().Be(WebSocketCloseStatus.PolicyViolation);
        socket.CloseDescription.Should().Be("SSOT Auth failed");
        if (bearer is { Length: > 20 })
        {
            error.ToJsonString().Should().NotContain(bearer[..12]).And.NotContain(bearer[^8..], "a refusal must not echo any part of the credential");
        }
    }

    [Fact]
    public async Task A_valid_token_without_the_chat_permission_is_refused_403_or_closed()
    {
        var spec = new TokenSpec("reader") { Permissions = ["read"] };

        var connect = () => _contract.ConnectAsync(new Handshake { Bearer = _contract.Token(spec) });
        (await connect.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*status code: 403*");

        using var socket = await _staging.ConnectAsync(new Handshake { Bearer = _staging.Token(spec) });
        (await socket.UntilClosedAsync()).Single()["error_code"]!.GetValue<string>().Should().Be("VALIDATION_FAILED");
    }

    [Fact]
    public async Task Under_staging_the_token_may_come_as_a_query_parameter_and_under_the_contract_it_may_not()
    {
        using var socket = await _staging.ConnectAsync(new Handshake { QueryToken = _staging.Token("query-user") });
        (await socket.NextAsync())!["data"]!["user_id"]!.GetValue<string>().Should().Be("query-user");

        var connect = () => _contract.ConnectAsync(new Handshake { QueryToken = _contract.Token("query-user") });
        (await connect.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*status code: 401*");
    }

    [Fact]
    public async Task Under_staging_jwt_auth_is_selected_and_a_token_subprotocol_is_read_but_never_selected()
    {
        using var offered = await _staging.ConnectAsync(new Handshake { Bearer = _staging.Token("jwt-auth-user"), Subprotocols = ["jwt-auth"] });
        offered.SubProtocol.Should().Be("jwt-auth");

        var token = _staging.Token("subprotocol-user");
        using var carried = await _staging.ConnectAsync(new Handshake { Subprotocols = ["jwt." + Base64UrlEncoder.Encode(token)] });
        carried.SubProtocol.Should().BeNull();
        (await carried.NextAsync())!["data"]!["user_id"]!.GetValue<string>().Should().Be("subprotocol-user");
    }

    [Fact]
    public async Task Under_the_contract_a_token_subprotocol_is_selected()
    {
        var subprotocol = "jwt." + Base64UrlEncoder.Encode(_contract.Token("subprotocol-user"));

        using var socket = await _contract.ConnectAsync(new Handshake { Subprotocols = [subprotocol] });

        socket.SubProtocol.Should().Be(subprotocol);
    }

    [Theory]
    [InlineData("X-Test-Type")]
    [InlineData("X-E2E-Test")]
    public async Task No_header_lets_a_forged_token_in(string header)
    {
        var forged = _staging.Token(new TokenSpec("forger") { Secret = Convert.ToBase64String(new byte[48]) });
        var client = _staging.Server.CreateWebSocketClient();
        client.ConfigureRequest = request =>
        {
            request.Headers.Authorization = $"Bearer {forged}";
            request.Headers[header] = "E2E";
        };

        using var socket = new TestSocket(await client.ConnectAsync(new Uri(_staging.Server.BaseAddress, "ws"), TestContext.Current.CancellationToken));

        (await socket.UntilClosedAsync()).Single()["type"]!.GetValue<string>().Should().Be("error_message");
        socket.CloseStatus.Should().Be(WebSocketCloseStatus.PolicyViolation);
    }

    private static string? TokenFor(SimulatorHost host, string kind) => kind switch
    {
        "no token_type" => host.Token(new TokenSpec("no-type") { TokenType = null }),
        "a foreign audience" => host.Token(new TokenSpec("audience") { Audience = "someone-else" }),
        "issued more than 24 hours ago" => host.Token(new TokenSpec("old") { IssuedAgo = TimeSpan.FromHours(25), Lifetime = TimeSpan.FromHours(26) }),
        "signed with the wrong secret" => host.Token(new TokenSpec("forged") { Secret = Convert.ToBase64String(new byte[48]) }),
        "expired" => host.Token(new TokenSpec("expired") { IssuedAgo = TimeSpan.FromMinutes(11) }),
        "another issuer" => host.Token(new TokenSpec("issuer") { Issuer = "someone-else" }),
        "not a JWT" => "not-a-jwt",
        "none" => null,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _contract.DisposeAsync();
        await _staging.DisposeAsync();
    }
}
