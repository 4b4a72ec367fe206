using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Tests.Support;

namespace Netra.E2E.Simulator.Tests.Faults;

/// <summary>The faults at the handshake (selection, auth) and at /health, through the hosted simulator.</summary>
public sealed class AuthAndHealthFaultTests : IAsyncLifetime
{
    private readonly SimulatorHost _host = new();

    [Fact]
    public async Task AcceptInvalidTokens_lets_a_forged_token_in_and_only_with_that_fault()
    {
        var forged = _host.Token("forger", secret: Convert.ToBase64String(new byte[48]));

        var refused = () => _host.ConnectAsync("forger", token: forged);
        (await refused.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*401*");

        using var socket = await _host.ConnectAsync("forger", nameof(SimulatorFault.AcceptInvalidTokens), forged);
        var welcome = await socket.NextOfTypeAsync("connection_established");
        welcome["payload"]!["user_id"]!.GetValue<string>().Should().Be("forger");
    }

    [Fact]
    public async Task An_unknown_fault_name_is_refused_with_400_naming_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ws");
        request.Headers.Add(ConnectionFaults.HeaderName, "Stall,NoSuchFault");
        request.Headers.Authorization = new("Bearer", _host.Token("typo"));

        using var response = await _host.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .Should().Contain("'NoSuchFault'").And.Contain(ConnectionFaults.HeaderName);
    }

    [Theory]
    [InlineData(nameof(HealthFault.None), HttpStatusCode.OK, "healthy")]
    [InlineData(nameof(HealthFault.ServiceUnavailable), HttpStatusCode.ServiceUnavailable, "healthy")]
    [InlineData(nameof(HealthFault.UnhealthyBody), HttpStatusCode.OK, "unhealthy")]
    [InlineData(nameof(HealthFault.StatusOk), HttpStatusCode.OK, "ok")]
    public async Task A_health_fault_changes_the_answer_as_its_name_says(string fault, HttpStatusCode status, string bodyStatus)
    {
        await using var host = new SimulatorHost(new Dictionary<string, string?> { ["Simulator:HealthFault"] = fault });

        foreach (var path in new[] { "/health", "/api/health" })
        {
            using var response = await host.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);
            var body = await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);

            response.StatusCode.Should().Be(status);
            body!["status"]!.GetValue<string>().Should().Be(bodyStatus);
            body["service"]!.GetValue<string>().Should().Be("netra-backend");
        }
    }

    [Fact]
    public async Task StatusOk_under_staging_keeps_the_deployed_backends_body_with_status_ok()
    {
        await using var host = SimulatorHost.Staging(new Dictionary<string, string?> { ["Simulator:HealthFault"] = nameof(HealthFault.StatusOk) });

        using var response = await host.CreateClient().GetAsync("/health", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body!["status"]!.GetValue<string>().Should().Be("ok");
        body["service"]!.GetValue<string>().Should().Be("netra-ai-platform");
        body["timestamp"]!.GetValueKind().Should().Be(System.Text.Json.JsonValueKind.Number);
    }

    [Fact]
    public async Task NeverAnswers_keeps_the_health_request_open_until_it_is_aborted()
    {
        await using var host = new SimulatorHost(new Dictionary<string, string?> { ["Simulator:HealthFault"] = nameof(HealthFault.NeverAnswers) });
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        abort.CancelAfter(TimeSpan.FromMilliseconds(300));

        var probe = () => host.CreateClient().GetAsync("/health", abort.Token);

        await probe.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Health_faults_are_ignored_unless_fault_injection_is_allowed()
    {
        await using var host = new SimulatorHost(new Dictionary<string, string?>
        {
            ["Simulator:HealthFault"] = nameof(HealthFault.ServiceUnavailable),
            ["Simulator:AllowFaultInjection"] = "false",
        });

        using var response = await host.CreateClient().GetAsync("/health", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
