using System.Text.Json;
using Netra.E2E.Harness.Reporting;
using Netra.E2E.Harness.Reporting.History;

namespace Netra.E2E.Harness.Tests.Gate;

/// <summary>Every run appends one line to the history file; the summary charts the last runs as Mermaid for GitHub.</summary>
public sealed class HistoryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("netra-e2e-history-").FullName;

    private string File => Path.Combine(_folder, "nested", "history.jsonl");

    private static HistoryEntry Entry(int minute, double passRate, double? completionP95 = 2400) => new()
    {
        At = new DateTimeOffset(2026, 11, 25, 10, minute, 0, TimeSpan.Zero),
        Mode = "real (staging)",
        Backend = "netra-ai-platform 1.0.0",
        Collected = 32,
        Executed = 32,
        Passed = (int)Math.Round(32 * passRate),
        PassRate = passRate,
        ExecutionRate = 1,
        FirstEventP95Ms = 310,
        CompletionP95Ms = completionP95,
    };

    [Fact]
    public void Each_run_appends_one_json_line_and_the_last_ones_read_back_oldest_first()
    {
        for (var minute = 0; minute < 25; minute++)
        {
            HistoryFile.Append(File, Entry(minute, 1));
        }

        var lines = System.IO.File.ReadAllLines(File);
        var (runs, unreadable) = HistoryFile.ReadLast(File, 20);

        lines.Should().HaveCount(25);
        using (var first = JsonDocument.Parse(lines[0]))
        {
            first.RootElement.GetProperty("pass_rate").GetDouble().Should().Be(1);
            first.RootElement.GetProperty("mode").GetString().Should().Be("real (staging)");
            first.RootElement.GetProperty("backend").GetString().Should().Be("netra-ai-platform 1.0.0");
            first.RootElement.GetProperty("completion_p95_ms").GetDouble().Should().Be(2400);
        }

        runs.Should().HaveCount(20);
        runs[0].At.Minute.Should().Be(5);
        runs[^1].At.Minute.Should().Be(24);
        unreadable.Should().Be(0);
    }

    [Fact]
    public void A_line_that_is_not_a_run_is_counted_and_left_out()
    {
        HistoryFile.Append(File, Entry(1, 1));
        System.IO.File.AppendAllText(File, "not json\n{\"unrelated\": true}\n");
        HistoryFile.Append(File, Entry(2, 0.5));

        var (runs, unreadable) = HistoryFile.ReadLast(File, 20);

        runs.Select(r => r.PassRate).Should().Equal(1, 0.5);
        unreadable.Should().Be(2);
    }

    [Fact]
    public void No_file_yet_is_no_history() => HistoryFile.ReadLast(File, 20).Runs.Should().BeEmpty();

    [Fact]
    public void The_chart_is_a_mermaid_xychart_of_rates_and_one_of_p95s()
    {
        var chart = HistoryChart.Markdown([Entry(1, 1), Entry(2, 0.969), Entry(3, 0.5, completionP95: null)]);

        chart.Should().Contain("```mermaid\nxychart-beta\n".Replace("\n", Environment.NewLine, StringComparison.Ordinal))
            .And.Contain("x-axis [\"11-25 10:01:00\", \"11-25 10:02:00\", \"11-25 10:03:00\"]")
            .And.Contain("y-axis \"%\" 0 --> 100")
            .And.Contain("bar [100, 96.9, 50]")
            .And.Contain("line [100, 100, 100]")
            .And.Contain("y-axis \"ms\" 0 --> 2640")
            .And.Contain("bar [2400, 2400, 0]")
            .And.Contain("line [310, 310, 310]");
        chart.Split("```mermaid").Should().HaveCount(3, "two charts");
    }

    [Fact]
    public void Recording_a_run_appends_it_and_the_summary_carries_the_series()
    {
        HistoryFile.Append(File, Entry(1, 1));

        var history = GateSummary.Record(File, Entry(2, 0.9));
        var summary = new RunSummary { Mode = "m", Reason = "r", StagingUrl = "-", History = history };
        using var json = JsonDocument.Parse(RunSummaryWriter.ToJson(summary));

        history.Runs.Select(r => r.PassRate).Should().Equal(1, 0.9);
        json.RootElement.GetProperty("history").GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("pass_rate").GetDouble()).Should().Equal(1, 0.9);
        RunSummaryWriter.ToMarkdown(summary).Should().Contain("### History: last 2 run(s)").And.Contain("xychart-beta");
    }

    [Fact]
    public void A_history_that_cannot_be_written_is_reported_not_fatal()
    {
        System.IO.File.WriteAllText(Path.Combine(_folder, "a-file"), "");

        var history = GateSummary.Record(Path.Combine(_folder, "a-file", "history.jsonl"), Entry(1, 1));

        history.Error.Should().StartWith("could not write");
        history.Runs.Should().ContainSingle();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
