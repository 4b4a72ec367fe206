using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Netra.E2E.Harness.Auth;
using Netra.E2E.Harness.Connection;
using Netra.E2E.Harness.Tests.Support;
using Netra.E2E.Testing.Simulators;
using Netra.E2E.Testing.Time;

namespace Netra.E2E.Harness.Tests.Simulator;

/// <summary>The simulator refuses bad tokens before the upgrade, as the protocol says, and no header bypasses it.</summary>
public sealed class SimulatorAuthenticationTests : IAsyncLifetime
{
    private readonly string _secret = TokenIssuer.NewSecret();
    private readonly InProcessSimulator _simulator;
    private readonly TokenIssuer _issuer;

    private readonly ShiftedTimeProvider _serverClock = new();

    public SimulatorAuthenticationTests()
    {
        _simulator = new InProcessSimulator(_secret, configureServices: services => services.AddSingleton<TimeProvider>(_serverClock));
        _issuer = new TokenIssuer(_secret);
    }

    public static TheoryData<string, int> RefusedTokens => new()
    {
        { "missing", 401 },
        { "malformed", 401 },
        { "wrong-signature", 401 },
        { "expired", 401 },
        { "wrong-issuer", 401 },
        { "no-chat-permission", 403 },
    };

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task Bad_tokens_are_refused_before_the_upgrade(string token, int status)
    {
        var connect = () => ConnectAsync(TokenFor(token));

        (await connect.Should().ThrowAsync<InvalidOperationException>()).WithMessage($"*status code: {status}*");
    }

    [Theory]
    [InlineData("X-E2E-Test")]
    [InlineData("X-Test-Mode")]
    public async Task Old_test_bypass_headers_are_ignored(string header)
    {
        var connect = () => ConnectAsync(null, request => request.Headers[header] = "true");

        (await connect.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*status code: 401*");
    }

    [Fact]
    public async Task A_valid_token_connects_and_is_greeted_with_the_user_id()
    {
        var user = _issuer.NewUser("auth-ok");
        using var socket = await ConnectAsync(user.Token);
        await using var session = await NetraSession.StartAsync(socket, user, SessionSetup.Plain("test"), TimeSpan.Zero, TestContext.Current.CancellationToken);

        session.Greeting!.UserId.Should().Be(user.Id);
        session.Greeting.ConnectionId.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_token_offered_as_subprotocol_is_accepted_and_selected()
    {
        var token = _issuer.NewUser("subprotocol").Token;
        var subprotocol = "jwt." + Base64UrlEncoder.Encode(token);
        var client = _simulator.Server.CreateWebSocketClient();
        client.SubProtocols.Add(subprotocol);

        using var socket = await client.ConnectAsync(new Uri(_simulator.Server.BaseAddress, "ws"), TestContext.Current.CancellationToken);

        socket.SubProtocol.Should().Be(subprotocol);
    }

    [Fact]
    public async Task A_token_that_expires_during_the_session_closes_it_with_1008_on_the_next_message()
    {
        var user = _issuer.NewUser("short-lived", lifetime: TimeSpan.FromMinutes(5));
        using var socket = await ConnectAsync(user.Token);
        await using var session = await NetraSession.StartAsync(socket, user, SessionSetup.Plain("test"), TimeSpan.Zero, TestContext.Current.CancellationToken);

        _serverClock.Offset = TimeSpan.FromMinutes(10);
        await session.PingAsync(TestContext.Current.CancellationToken);
        var wait = () => session.ExpectAsync(e => e.Type == EventNames.Pong, TimeSpan.FromSeconds(10), "a pong", TestContext.Current.CancellationToken);

        (await wait.Should().ThrowAsync<InfrastructureFailureException>()).WithMessage("*closed the socket (1008*");
    }

    private string? TokenFor(string kind) => kind switch
    {
        "missing" => null,
        "malformed" => "not-a-jwt",
        "wrong-signature" => new TokenIssuer(TokenIssuer.NewSecret()).NewUser("forged").Token,
        "expired" => _issuer.NewUser("expired", lifetime: TimeSpan.FromMinutes(-5)).Token,
        "wrong-issuer" => _issuer.NewUser("issuer", issuer: "someone-else").Token,
        "no-chat-permission" => _issuer.NewUser("reader", permissions: ["read"]).Token,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private Task<WebSocket> ConnectAsync(string? token, Action<Microsoft.AspNetCore.Http.HttpRequest>? configure = null)
    {
        var client = _simulator.Server.CreateWebSocketClient();
        client.ConfigureRequest = request =>
        {
            if (token is not null)
            {
                request.Headers.Authorization = $"Bearer {token}";
            }

            configure?.Invoke(request);
        };
        return client.ConnectAsync(new Uri(_simulator.Server.BaseAddress, "ws"), TestContext.Current.CancellationToken);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _simulator.DisposeAsync();
}
