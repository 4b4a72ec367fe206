using System.Text.Json;
using Netra.E2E.Harness.BusinessValue;
using Netra.E2E.Harness.Decision;
using Netra.E2E.Harness.Reporting;
using Netra.E2E.Harness.Settings;

namespace Netra.E2E.Harness.Tests.Reporting;

public sealed class RunSummaryTests
{
    private static readonly ModeDecision Decision = new(BackendMode.Auto, BackendTarget.Simulator,
        "staging https://***@staging.example.com/ unreachable: connection refused after 3 ms",
        new ProbeResult(ProbeOutcome.Refused, "https://***@staging.example.com/", "connection refused", TimeSpan.FromMilliseconds(3)));

    private static RunSummary Build() => RunSummaryBuilder.Build(
        Decision,
        new NetraE2ESettings { StagingUrl = new Uri("https://user:pw@staging.example.com/") },
        [
            new("basic", TestOutcome.Passed),
            new("isolation", TestOutcome.Failed, "FluentAssertions", "[business] Expected no foreign events"),
            new("socket", TestOutcome.Failed, "X", "Netra...InfrastructureFailureException : [infrastructure] the socket dropped"),
            new("staging-only", TestOutcome.Skipped),
        ],
        new Dictionary<string, IReadOnlyList<RunMetrics>>
        {
            ["basic"] = [new("r1", true, new BusinessValueReport(true, false, true, false), TimeSpan.FromMilliseconds(12), TimeSpan.FromMilliseconds(40))],
        },
        ["agent_thinking: flat event without \"payload\" (tolerated loose form)"],
        null,
        new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Counts_and_classes_add_up()
    {
        var summary = Build();

        summary.Should().BeEquivalentTo(new { Collected = 4, Executed = 3, Passed = 1, Failed = 2, Skipped = 1, InfrastructureFailures = 1, BusinessFailures = 1 });
        summary.ExecutionRate.Should().BeApproximately(0.75, 0.001);
        summary.Verdict.Should().StartWith("MIXED");
        summary.StagingUrl.Should().Be("https://***@staging.example.com/");
    }

    [Fact]
    public void Markdown_shows_mode_failures_by_class_and_value_per_test()
    {
        var markdown = RunSummaryWriter.ToMarkdown(Build());

        markdown.Should().Contain("| Mode | mock (in-process simulator) |")
            .And.Contain("| Health probe | staging https://***@staging.example.com/ unreachable: connection refused after 3 ms (3 ms) |")
            .And.Contain("## Infrastructure failures (backend unreachable or lost): 1")
            .And.Contain("- **socket**: the socket dropped")
            .And.Contain("## Business failures (product regressions): 1")
            .And.Contain("| basic | passed | 1 | yes | - | yes | - | 2/2 | 12 ms | 40 ms |")
            .And.Contain("## Contract warnings");
    }

    [Fact]
    public void Json_carries_the_same_facts()
    {
        using var json = JsonDocument.Parse(RunSummaryWriter.ToJson(Build()));

        json.RootElement.GetProperty("failed").GetInt32().Should().Be(2);
        json.RootElement.GetProperty("failures")[0].GetProperty("class").GetString().Should().Be("infrastructure");
        json.RootElement.GetProperty("tests").GetArrayLength().Should().Be(4);
    }
}
