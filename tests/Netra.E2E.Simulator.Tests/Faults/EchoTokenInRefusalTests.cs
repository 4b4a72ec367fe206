using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Tests.Support;

namespace Netra.E2E.Simulator.Tests.Faults;

/// <summary>EchoTokenInRefusal: the refusal repeats pieces of the token, in the staging close frame and in the contract's 401.</summary>
public sealed class EchoTokenInRefusalTests : IAsyncLifetime
{
    private const string Echo = nameof(SimulatorFault.EchoTokenInRefusal);
    private readonly SimulatorHost _contract = WireForm.Contract.Host();
    private readonly SimulatorHost _staging = WireForm.Staging.Host();

    [Fact]
    public async Task Under_staging_the_refusals_details_echo_the_token()
    {
        var token = ForgedTokens.Make(_staging, "wrong secret", "forger");
        using var socket = await _staging.ConnectAsync(new Handshake { Bearer = token, Faults = Echo });

        var refusal = (await socket.UntilClosedAsync()).Should().ContainSingle().Subject;

        refusal["error_code"]!.GetValue<string>().Should().Be("VALIDATION_FAILED");
        ShouldEcho(refusal["details"]!.AsObject(), token);
        socket.CloseStatus.Should().Be(WebSocketCloseStatus.PolicyViolation);
    }

    [Fact]
    public async Task Under_the_contract_the_401_body_and_its_www_authenticate_header_echo_the_token()
    {
        var token = ForgedTokens.Make(_contract, "expired", "forger");

        var response = await RefusedUpgradeAsync(_contract, token, Echo);

        response.StatusCode.Should().Be(StatusCodes.Status401Unauthorized);
        var body = JsonNode.Parse(await new StreamReader(response.Body).ReadToEndAsync(TestContext.Current.CancellationToken))!.AsObject();
        body["error"]!.GetValue<string>().Should().Be("invalid_token");
        ShouldEcho(body["details"]!.AsObject(), token);
        response.Headers.WWWAuthenticate.ToString().Should().StartWith("Bearer error=\"invalid_token\", error_description=\"")
            .And.Contain(token[..12]).And.Contain(token[^8..]).And.Contain(CredentialEcho.DefaultAuthServiceUrl);
    }

    [Fact]
    public async Task Without_the_fault_the_contracts_401_says_nothing_of_the_token()
    {
        var response = await RefusedUpgradeAsync(_contract, ForgedTokens.Make(_contract, "expired", "forger"), null);

        response.StatusCode.Should().Be(StatusCodes.Status401Unauthorized);
        response.Headers.WWWAuthenticate.Should().BeEmpty();
        (await new StreamReader(response.Body).ReadToEndAsync(TestContext.Current.CancellationToken)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_refusal_without_a_token_echoes_empty_pieces_and_the_auth_service()
    {
        using var socket = await _staging.ConnectAsync(new Handshake { Faults = Echo });

        var details = (await socket.UntilClosedAsync()).Single()["details"]!;

        details["token_preview_start"]!.GetValue<string>().Should().BeEmpty();
        details["auth_service_url"]!.GetValue<string>().Should().Be(CredentialEcho.DefaultAuthServiceUrl);
    }

    private static void ShouldEcho(JsonObject details, string token)
    {
        details["token_preview_start"]!.GetValue<string>().Should().Be(token[..12]);
        details["token_preview_end"]!.GetValue<string>().Should().Be(token[^8..]);
        details["authorization_header_preview"]!.GetValue<string>().Should().Be($"Bearer {token}"[..20]);
        details["auth_service_url"]!.GetValue<string>().Should().Be(CredentialEcho.DefaultAuthServiceUrl);
    }

    /// <summary>
    /// GET /ws as an upgrade request straight into the pipeline: TestServer's WebSocket client drops a refused
    /// handshake's body and headers, this keeps them.
    /// </summary>
    private static async Task<HttpResponse> RefusedUpgradeAsync(SimulatorHost host, string token, string? faults)
    {
        var context = await host.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = "/ws";
            c.Request.Headers.Authorization = $"Bearer {token}";
            if (faults is not null)
            {
                c.Request.Headers[ConnectionFaults.HeaderName] = faults;
            }

            c.Features.Set<IHttpWebSocketFeature>(new UpgradeRequested());
        }, TestContext.Current.CancellationToken);
        return context.Response;
    }

    private sealed class UpgradeRequested : IHttpWebSocketFeature
    {
        public bool IsWebSocketRequest => true;

        public Task<WebSocket> AcceptAsync(WebSocketAcceptContext context) => throw new InvalidOperationException("A refused handshake is never upgraded.");
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _contract.DisposeAsync();
        await _staging.DisposeAsync();
    }
}
