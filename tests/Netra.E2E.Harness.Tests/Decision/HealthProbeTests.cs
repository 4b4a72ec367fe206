using System.Diagnostics;
using Netra.E2E.Harness.Decision;
using Netra.E2E.Harness.Settings;
using Netra.E2E.Harness.Tests.Support;
using Netra.E2E.Testing.Loopback;
using Netra.E2E.Testing.Processes;
using Netra.E2E.Testing.Simulators;
using Netra.E2E.Testing.Time;

namespace Netra.E2E.Harness.Tests.Decision;

/// <summary>The real probe against real loopback listeners, and the decision it leads to in each mode.</summary>
public sealed class HealthProbeTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(500);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_closed_port_is_refused_at_once()
    {
        var url = LoopbackHttpServer.ClosedPort();

        var result = await new HttpHealthProbe().ProbeAsync(url, Budget, Ct);

        result.Outcome.Should().Be(ProbeOutcome.Refused);
        result.ToString().Should().Be($"staging {url} unreachable: connection refused after {result.Latency.TotalMilliseconds:0} ms");
        result.Latency.Should().BeLessThan(Budget, "a refusal needs no timeout");
    }

    [Fact]
    public async Task A_listener_that_never_answers_is_unresponsive_within_the_budget()
    {
        await using var server = LoopbackHttpServer.Unresponsive();
        var clock = Stopwatch.StartNew();

        var result = await new HttpHealthProbe().ProbeAsync(server.BaseUrl, Budget, Ct);

        result.Outcome.Should().Be(ProbeOutcome.Unresponsive);
        result.Detail.Should().Be("no answer within 500 ms");
        // Timer resolution can end the wait a fraction of a millisecond early.
        clock.Elapsed.Should().BeGreaterThan(Budget * 0.9).And.BeLessThan(Budget * 4, "the probe is bounded by its budget");
    }

    [Theory]
    [InlineData(503, """{"status":"healthy"}""", ProbeOutcome.HttpError, "HTTP 503")]
    [InlineData(500, "oops", ProbeOutcome.HttpError, "HTTP 500")]
    [InlineData(200, """{"status":"degraded"}""", ProbeOutcome.UnhealthyBody, "status 'degraded'")]
    [InlineData(200, """{"status":"unhealthy"}""", ProbeOutcome.UnhealthyBody, "status 'unhealthy'")]
    [InlineData(200, "<html>ok</html>", ProbeOutcome.UnhealthyBody, "not JSON")]
    [InlineData(200, """{"status":"healthy"}""", ProbeOutcome.Healthy, "healthy")]
    public async Task Only_200_with_a_healthy_body_is_healthy(int status, string body, ProbeOutcome expected, string detail)
    {
        await using var server = LoopbackHttpServer.Answering(status, body);

        var result = await new HttpHealthProbe().ProbeAsync(server.BaseUrl, Budget, Ct);

        result.Outcome.Should().Be(expected);
        result.Detail.Should().Contain(detail);
    }

    public static TheoryData<string, BackendMode, BackendTarget> Listeners => new()
    {
        { "healthy", BackendMode.Auto, BackendTarget.Staging },
        { "refused", BackendMode.Auto, BackendTarget.Simulator },
        { "unresponsive", BackendMode.Auto, BackendTarget.Simulator },
        { "503", BackendMode.Auto, BackendTarget.Simulator },
        { "unhealthy-body", BackendMode.Auto, BackendTarget.Simulator },
        { "healthy", BackendMode.Real, BackendTarget.Staging },
        { "refused", BackendMode.Real, BackendTarget.Unavailable },
        { "unresponsive", BackendMode.Real, BackendTarget.Unavailable },
        { "503", BackendMode.Real, BackendTarget.Unavailable },
        { "unhealthy-body", BackendMode.Real, BackendTarget.Unavailable },
        { "healthy", BackendMode.Mock, BackendTarget.Simulator },
        { "refused", BackendMode.Mock, BackendTarget.Simulator },
    };

    [Theory]
    [MemberData(nameof(Listeners))]
    public async Task Each_mode_decides_against_a_real_listener_within_the_budget(string listener, BackendMode mode, BackendTarget expected)
    {
        await using var server = listener switch
        {
            "healthy" => LoopbackHttpServer.Healthy(),
            "unresponsive" => LoopbackHttpServer.Unresponsive(),
            "503" => LoopbackHttpServer.Answering(503, "{}"),
            "unhealthy-body" => LoopbackHttpServer.Answering(200, """{"status":"unhealthy"}"""),
            _ => null,
        };
        var url = server?.BaseUrl ?? LoopbackHttpServer.ClosedPort();
        var clock = Stopwatch.StartNew();

        var decision = await new ModeDecider(new HttpHealthProbe()).DecideAsync(
            new NetraE2ESettings { Mode = mode, StagingUrl = url, ProbeTimeout = Budget }, Ct);

        decision.Target.Should().Be(expected, decision.Reason);
        clock.Elapsed.Should().BeLessThan(Budget * 4, "the decision never waits much past the probe budget");
    }
}
