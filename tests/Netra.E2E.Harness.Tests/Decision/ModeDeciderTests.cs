using Moq;
using Netra.E2E.Harness.Decision;
using Netra.E2E.Harness.Settings;

namespace Netra.E2E.Harness.Tests.Decision;

/// <summary>The decision table with the probe mocked: each mode against each thing the probe can find.</summary>
public sealed class ModeDeciderTests
{
    private static readonly Uri Staging = new("http://127.0.0.1:9/");

    public static TheoryData<BackendMode, ProbeOutcome, BackendTarget> Table => new()
    {
        { BackendMode.Auto, ProbeOutcome.Healthy, BackendTarget.Staging },
        { BackendMode.Auto, ProbeOutcome.Refused, BackendTarget.Simulator },
        { BackendMode.Auto, ProbeOutcome.Unresponsive, BackendTarget.Simulator },
        { BackendMode.Auto, ProbeOutcome.HttpError, BackendTarget.Simulator },
        { BackendMode.Auto, ProbeOutcome.UnhealthyBody, BackendTarget.Simulator },
        { BackendMode.Auto, ProbeOutcome.Unreachable, BackendTarget.Simulator },
        { BackendMode.Real, ProbeOutcome.Healthy, BackendTarget.Staging },
        { BackendMode.Real, ProbeOutcome.Refused, BackendTarget.Unavailable },
        { BackendMode.Real, ProbeOutcome.Unresponsive, BackendTarget.Unavailable },
        { BackendMode.Real, ProbeOutcome.HttpError, BackendTarget.Unavailable },
        { BackendMode.Real, ProbeOutcome.UnhealthyBody, BackendTarget.Unavailable },
        { BackendMode.Real, ProbeOutcome.Unreachable, BackendTarget.Unavailable },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public async Task Mode_and_probe_outcome_decide_the_backend(BackendMode mode, ProbeOutcome outcome, BackendTarget expected)
    {
        var result = new ProbeResult(outcome, "http://127.0.0.1:9/", $"detail of {outcome}", TimeSpan.FromMilliseconds(3));
        var probe = new Mock<IHealthProbe>(MockBehavior.Strict);
        probe.Setup(p => p.ProbeAsync(Staging, TimeSpan.FromSeconds(3), It.IsAny<CancellationToken>())).ReturnsAsync(result);

        var decision = await new ModeDecider(probe.Object).DecideAsync(new NetraE2ESettings { Mode = mode, StagingUrl = Staging }, TestContext.Current.CancellationToken);

        decision.Target.Should().Be(expected);
        decision.Reason.Should().Contain(result.ToString(), "the log line must say what the probe found");
        decision.Probe.Should().Be(result);
        probe.Verify(p => p.ProbeAsync(It.IsAny<Uri>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Theory]
    [InlineData(BackendMode.Mock, true, BackendTarget.Simulator)]
    [InlineData(BackendMode.Mock, false, BackendTarget.Simulator)]
    [InlineData(BackendMode.Auto, false, BackendTarget.Simulator)]
    [InlineData(BackendMode.Real, false, BackendTarget.Unavailable)]
    public async Task Mock_mode_and_a_missing_url_never_touch_the_network(BackendMode mode, bool urlSet, BackendTarget expected)
    {
        var probe = new Mock<IHealthProbe>(MockBehavior.Strict);

        var decision = await new ModeDecider(probe.Object).DecideAsync(
            new NetraE2ESettings { Mode = mode, StagingUrl = urlSet ? Staging : null }, TestContext.Current.CancellationToken);

        decision.Target.Should().Be(expected);
        probe.Verify(p => p.ProbeAsync(It.IsAny<Uri>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public void The_log_line_names_mode_and_reason()
    {
        var decision = new ModeDecision(BackendMode.Auto, BackendTarget.Simulator,
            "staging http://127.0.0.1:9 unreachable: connection refused after 3 ms", null);

        decision.Summary.Should().Be("Netra.E2E mode: mock (staging http://127.0.0.1:9 unreachable: connection refused after 3 ms)");
    }
}
