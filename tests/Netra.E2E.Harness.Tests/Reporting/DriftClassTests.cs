using Netra.E2E.Harness.Drift;
using Netra.E2E.Harness.Reporting;

namespace Netra.E2E.Harness.Tests.Reporting;

public sealed class DriftClassTests
{
    [Fact]
    public void A_drift_failure_is_its_own_class_with_its_reason()
    {
        var (cls, reason) = FailureClassifier.Classify(new DriftFailureException("the simulator sends no ping"));

        cls.Should().Be(FailureClass.Drift);
        reason.Should().Be("the simulator sends no ping");
    }

    [Fact]
    public void A_business_failure_that_quotes_a_drift_tag_stays_business()
    {
        FailureClassifier.Classify(null, "[business] Expected \"[drift] x\" to be empty").Class.Should().Be(FailureClass.Business);
    }

    [Fact]
    public void A_run_whose_only_failures_are_drift_says_so_and_groups_them_apart()
    {
        var summary = RunSummaryBuilder.Build(null, null,
            [new Netra.E2E.Harness.Reporting.TestResult("01 Basic flow", TestOutcome.Failed, null, "[drift] the simulator sends no ping")],
            new Dictionary<string, IReadOnlyList<RunMetrics>>(), [], null, DateTimeOffset.UnixEpoch);

        summary.Verdict.Should().StartWith("DRIFT: 1 test(s)");
        RunSummaryWriter.ToMarkdown(summary).Should().Contain("## Drift failures (the simulator no longer sends what staging sent): 1");
        RunSummaryWriter.ToConsole(summary).Should().Contain("[drift] 01 Basic flow: the simulator sends no ping");
    }
}
