using System.Text.Json;
using Netra.E2E.Harness.BusinessValue;
using Netra.E2E.Harness.Decision;
using Netra.E2E.Harness.Reporting;
using Netra.E2E.Harness.Reporting.Loop;
using Netra.E2E.Harness.Running;
using Netra.E2E.Harness.Settings;
using TestResult = Netra.E2E.Harness.Reporting.TestResult;

namespace Netra.E2E.Harness.Tests.Gate;

/// <summary>A loop's results grouped back per test and per iteration: pass rates, failure classes, percentiles, flaky tests, the gate.</summary>
public sealed class LoopReportTests
{
    private static readonly ModeDecision Decision = new(BackendMode.Mock, BackendTarget.Simulator, "harness test", null);

    /// <summary>Three iterations: "steady" always passes, "wobbly" fails once as business, "broken" always fails, "optional" is skipped.</summary>
    private static RunSummary ThreeIterations(double? minPassRate = null)
    {
        var results = new List<TestResult>();
        var runs = new Dictionary<string, IReadOnlyList<RunMetrics>>();
        for (var i = 1; i <= 3; i++)
        {
            results.Add(new(IterationName.Of("steady", i, 3), TestOutcome.Passed));
            results.Add(i == 2
                ? new(IterationName.Of("wobbly", i, 3), TestOutcome.Failed, "X", "[business] the answer names no provider")
                : new(IterationName.Of("wobbly", i, 3), TestOutcome.Passed));
            results.Add(new(IterationName.Of("broken", i, 3), TestOutcome.Failed, "X", "[infrastructure] the socket dropped"));
            results.Add(new(IterationName.Of("optional", i, 3), TestOutcome.Skipped));
            runs[IterationName.Of("steady", i, 3)] = [Run(first: 10 * i, end: 100 * i)];
        }

        var summary = RunSummaryBuilder.Build(Decision, new NetraE2ESettings(), results, runs, [], null, DateTimeOffset.UnixEpoch);
        return summary with { Loop = LoopReportBuilder.Build(summary, runs, minPassRate) };
    }

    private static RunMetrics Run(int first, int end) =>
        new("run", true, new BusinessValueReport(true, true, false, false), TimeSpan.FromMilliseconds(first), TimeSpan.FromMilliseconds(end));

    [Fact]
    public void Each_test_gets_its_pass_rate_and_failure_classes_over_the_iterations()
    {
        var loop = ThreeIterations().Loop!;

        loop.Iterations.Should().Be(3);
        loop.Tests.Select(t => t.Test).Should().Equal("broken", "optional", "steady", "wobbly");
        var wobbly = loop.Tests.Single(t => t.Test == "wobbly");
        wobbly.Should().BeEquivalentTo(new { Executions = 3, Passed = 2, Failed = 1, BusinessFailures = 1, InfrastructureFailures = 0 });
        wobbly.PassRate.Should().BeApproximately(2.0 / 3, 1e-9);
        loop.Tests.Single(t => t.Test == "broken").Should().BeEquivalentTo(new { PassRate = 0.0, InfrastructureFailures = 3 });
        loop.Tests.Single(t => t.Test == "optional").Should().BeEquivalentTo(new { Skipped = 3, PassRate = 0.0 });
    }

    [Fact]
    public void A_test_that_both_passed_and_failed_is_flaky_and_one_that_always_failed_is_not()
    {
        var loop = ThreeIterations().Loop!;

        loop.Flaky.Should().Equal("wobbly");
    }

    [Fact]
    public void Each_iteration_gets_its_execution_rate_and_pass_rate()
    {
        var loop = ThreeIterations().Loop!;

        loop.PerIteration.Should().HaveCount(3);
        loop.PerIteration[1].Should().BeEquivalentTo(new { Iteration = 2, Collected = 4, Executed = 3, Passed = 1, Failed = 2, Skipped = 1 });
        loop.PerIteration[1].ExecutionRate.Should().BeApproximately(0.75, 1e-9);
        loop.PerIteration[1].PassRate.Should().BeApproximately(1.0 / 3, 1e-9);
        loop.PerIteration[0].PassRate.Should().BeApproximately(2.0 / 3, 1e-9);
        loop.PassRate.Should().BeApproximately(5.0 / 9, 1e-9, "5 of the 9 executions passed");
    }

    [Fact]
    public void First_event_and_completion_percentiles_come_from_every_run_of_the_test()
    {
        var steady = ThreeIterations().Loop!.Tests.Single(t => t.Test == "steady");

        steady.Runs.Should().Be(3);
        steady.FirstEventP50Ms.Should().Be(20);
        steady.FirstEventP95Ms.Should().Be(29);
        steady.CompletionP50Ms.Should().Be(200);
        steady.CompletionP95Ms.Should().Be(290);
    }

    [Theory]
    [InlineData(new double[] { 7 }, 0.5, 7)]
    [InlineData(new double[] { 1, 2, 3, 4 }, 0.5, 2.5)]
    [InlineData(new double[] { 5, 1, 4, 2, 3 }, 0.5, 3)]
    [InlineData(new double[] { 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 1000 }, 0.95, 200)]
    [InlineData(new double[] { 100, 200 }, 0.95, 195)]
    public void Percentiles_interpolate_between_the_nearest_ranks(double[] samples, double p, double expected) =>
        Percentile.Of(samples, p).Should().Be(expected);

    [Fact]
    public void No_sample_has_no_percentile() => Percentile.Of([], 0.95).Should().BeNull();

    [Theory]
    [InlineData(0.5, true)]
    [InlineData(5.0 / 9, true)]
    [InlineData(0.95, false)]
    public void The_gate_passes_at_or_above_its_minimum_and_says_so(double minPassRate, bool passes)
    {
        var gate = ThreeIterations(minPassRate).Loop!.Gate!;

        gate.Passed.Should().Be(passes);
        gate.Text.Should().StartWith(passes ? "PASSED" : "FAILED").And.Contain("NETRA_E2E_MIN_PASS_RATE").And.Contain("5 of 9 executed");
    }

    [Fact]
    public void Without_a_minimum_there_is_no_gate() => ThreeIterations().Loop!.Gate.Should().BeNull();

    [Fact]
    public void A_run_of_one_iteration_is_iteration_one_of_one()
    {
        IterationName.Parse("01 Basic flow").Should().Be(("01 Basic flow", 1, 1));
        IterationName.Parse(IterationName.Of("01 Basic flow", 2, 5)).Should().Be(("01 Basic flow", 2, 5));
        IterationName.Parse("17 Scenario [iteration 3/4](scenario: \"a\")").Should().Be(("17 Scenario(scenario: \"a\")", 3, 4),
            "a theory enumerated as it runs puts its row's arguments after the iteration");
    }

    [Fact]
    public void The_summary_says_the_loop_and_the_gate_in_markdown_json_and_on_the_console()
    {
        var summary = ThreeIterations(minPassRate: 0.95);

        var markdown = RunSummaryWriter.ToMarkdown(summary);
        using var json = JsonDocument.Parse(RunSummaryWriter.ToJson(summary));
        var console = RunSummaryWriter.ToConsole(summary);

        markdown.Should().Contain("## Deploy gate").And.Contain("**Gate FAILED: pass rate 55.6 % (5 of 9 executed) is below NETRA_E2E_MIN_PASS_RATE 95.0 %**")
            .And.Contain("**Flaky tests** (passed in some iterations, failed in others): wobbly.")
            .And.Contain("| 2 | 4 | 3 | 1 | 2 | 1 | 75 % | 33.3 % |")
            .And.Contain("| wobbly | 3 | 67 % | 1 / 0 | **flaky** | - / - | - / - |");
        var loop = json.RootElement.GetProperty("loop");
        loop.GetProperty("iterations").GetInt32().Should().Be(3);
        loop.GetProperty("per_iteration").GetArrayLength().Should().Be(3, "the JSON carries every iteration");
        loop.GetProperty("flaky").EnumerateArray().Select(f => f.GetString()).Should().Equal("wobbly");
        loop.GetProperty("gate").GetProperty("passed").GetBoolean().Should().BeFalse();
        json.RootElement.GetProperty("tests").GetArrayLength().Should().Be(12, "and every test's result in every iteration");
        console.Should().Contain("Netra.E2E gate: FAILED: pass rate 55.6 %");
    }
}
