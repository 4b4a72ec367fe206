using System.Diagnostics;

namespace Netra.E2E.BusinessValue;

/// <summary>The agent-execution catalogue (old TestRealAgentExecutionStaging): named agents do real work for a user.</summary>
[Trait("Category", "Catalogue")]
public sealed class RealAgentExecutionTests(NetraBackendFixture backend)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(DisplayName = "11 Unified data agent: all events, prompt start, substantive answer")]
    public async Task Unified_data_agent_delivers_a_substantive_analysis()
    {
        await using var session = await backend.ConnectNewUserAsync("data-agent", Ct);

        var runId = await session.StartAgentAsync("unified_data_agent", "Analyze system performance metrics and identify optimization opportunities", Ct,
            new Dictionary<string, object?>
            {
                ["query"] = "Analyze system performance metrics and identify optimization opportunities",
                ["data_sources"] = new[] { "performance_metrics", "usage_analytics" },
                ["include_recommendations"] = true,
            });
        var run = await session.WaitForRunAsync(runId, RunDeadlines.Seconds(120), Ct);

        run.Should().CompleteSuccessfully().And.HaveAllMandatoryEvents().And.HaveBusinessValue();
        run.TimeToFirstEvent.Should().BeLessThan(TimeSpan.FromSeconds(15), "the first event must arrive within 15 s");
        run.Content.Length.Should().BeGreaterThan(100, "a substantive answer is more than a sentence");
        run.OfType(EventNames.ToolCompleted).Should().Contain(e => e.ToolResult != null && e.ToolResult.Length > 50,
            "at least one tool must return a substantive result");
        run.Should().MentionAtLeast(1, "performance", "latency", "usage");
    }

    [Fact(DisplayName = "12 Optimization agent: savings sized against the stated 25,000 spend")]
    public async Task Optimization_agent_sizes_savings_against_the_stated_spend()
    {
        await using var session = await backend.ConnectNewUserAsync("optimization-agent", Ct);

        var runId = await session.StartAgentAsync("optimization_agent", "Reduce our cloud costs without hurting availability", Ct,
            new Dictionary<string, object?>
            {
                ["target"] = "cost_reduction",
                ["constraints"] = new Dictionary<string, object>
                {
                    ["monthly_spend"] = 25000,
                    ["current_utilization"] = 0.73,
                    ["peak_hours"] = "09:00-17:00",
                    ["max_performance_impact"] = 0.05,
                    ["availability_target"] = 0.999,
                },
            });
        var run = await session.WaitForRunAsync(runId, RunDeadlines.Seconds(180), Ct);

        run.Should().CompleteSuccessfully().And.ShowToolActivity().And.HaveBusinessValue()
            .And.MentionDollarAmount(25_000m, "the answer works from the user's stated monthly spend")
            .And.QuantifySavings(25_000m, "savings are a positive part of the 25,000 spend, stated by the answer itself")
            .And.HaveSensibleFigures();
        run.Content.Length.Should().BeGreaterThan(100);
    }

    [Fact(DisplayName = "13 Multi-agent coordination: supervisor delegates and combines")]
    public async Task Supervisor_coordinates_several_agents()
    {
        await using var session = await backend.ConnectNewUserAsync("supervisor", Ct);

        var runId = await session.StartAgentAsync("supervisor_agent",
            "Comprehensive system analysis: analyse our usage data, recommend cost optimizations and give an implementation plan", Ct);
        var run = await session.WaitForRunAsync(runId, RunDeadlines.Seconds(240), Ct);

        run.Should().CompleteSuccessfully().And.HaveBusinessValue(3).And.MentionAtLeast(2, "implement", "plan", "phase", "roadmap");
        run.AgentNames.Should().HaveCountGreaterThanOrEqualTo(2, "the supervisor hands work to other agents; events came from {0}", string.Join(", ", run.AgentNames));
    }

    [Trait("Category", "MultiUser")]
    [Fact(DisplayName = "14 Five concurrent users: all complete, none sees another's run")]
    public async Task Five_concurrent_users_all_complete_in_isolation()
    {
        backend.RequireDistinctUsers();

        var results = await Task.WhenAll(Enumerable.Range(1, 5).Select(async n =>
        {
            var spend = n * 7_100m + 3_000;
            await using var session = await backend.ConnectNewUserAsync($"user-{n}", Ct);
            var runId = await session.SendUserMessageAsync($"User {n} analysis request: estimate savings for a monthly spend of ${spend:N0}", Ct);
            var run = await session.WaitForRunAsync(runId, RunDeadlines.Seconds(90), Ct);
            return (Spend: spend, Run: run, Session: session);
        }));

        results.Should().AllSatisfy(r =>
        {
            r.Run.Should().CompleteSuccessfully().And.HaveBusinessValue();
            r.Run.Should().MentionDollarAmount(r.Spend, "each answer is about its own user's figures");
            r.Session.Should().HaveReceivedOnlyRun(r.Run.RunId, "no user may receive another user's events");
            foreach (var other in results.Where(o => o.Spend != r.Spend))
            {
                r.Session.Should().NotHaveReceivedAnythingOf(other.Run, other.Spend, "no user may receive anything of another user's chat");
            }
        });
    }

    [Fact(DisplayName = "15 Error recovery: unknown agent refused, fresh connections still work")]
    public async Task Unknown_agent_is_refused_and_new_connections_keep_working()
    {
        await using (var session = await backend.ConnectNewUserAsync("bad-agent", Ct))
        {
            var runId = await session.StartAgentAsync("nonexistent_agent", "Do something impossible", Ct,
                new Dictionary<string, object?> { ["invalid_field"] = new { nested = "garbage" }, ["priority"] = -1 });
            var run = await session.WaitForRunAsync(runId, RunDeadlines.Seconds(30), Ct);

            run.Should().BeRefusedWith("AGENT_NOT_FOUND", "a request for the unknown agent 'nonexistent_agent'", "an unknown agent cannot run");
        }

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await using var fresh = await backend.ConnectNewUserAsync($"recovery-{attempt}", Ct);
            var runId = await fresh.SendUserMessageAsync("Give me one quick cost saving tip for my AWS bill", Ct);
            var run = await fresh.WaitForRunAsync(runId, RunDeadlines.Seconds(15), Ct);
            run.Should().CompleteSuccessfully("connection {0} of 3 after the error must work", attempt).And.HaveBusinessValue();
        }
    }

    [Trait("Category", "Slow")]
    [Fact(DisplayName = "16 Performance benchmarks: five sequential runs within the old limits")]
    public async Task Sequential_runs_stay_within_latency_limits()
    {
        var output = TestContext.Current.TestOutputHelper!;
        var samples = new List<(TimeSpan Connect, TimeSpan FirstEvent, TimeSpan Completion, int Quality)>();
        for (var i = 1; i <= 5; i++)
        {
            var clock = Stopwatch.StartNew();
            await using var session = await backend.ConnectNewUserAsync($"benchmark-{i}", Ct);
            var connect = clock.Elapsed;
            var runId = await session.SendUserMessageAsync($"Benchmark request {i}: analyze my AWS costs and recommend optimizations", Ct);
            var run = await session.WaitForRunAsync(runId, RunDeadlines.Seconds(120), Ct);
            run.Should().CompleteSuccessfully().And.HaveBusinessValue();
            var quality = Indicators.Analyze(run.Answer.Prose).Count;
            samples.Add((connect, run.TimeToFirstEvent, run.TimeToEnd, quality));
            output.WriteLine($"run {i}: connect {connect.TotalMilliseconds:0} ms, first event {run.TimeToFirstEvent.TotalMilliseconds:0} ms, completion {run.TimeToEnd.TotalMilliseconds:0} ms, quality {quality}/4");
        }

        var averageConnect = TimeSpan.FromTicks((long)samples.Average(s => s.Connect.Ticks));
        var averageCompletion = TimeSpan.FromTicks((long)samples.Average(s => s.Completion.Ticks));
        output.WriteLine($"average: connect {averageConnect.TotalMilliseconds:0} ms, completion {averageCompletion.TotalMilliseconds:0} ms");
        averageConnect.Should().BeLessThan(TimeSpan.FromSeconds(10), "the old suite's connect limit");
        averageCompletion.Should().BeLessThan(TimeSpan.FromSeconds(120), "the old suite's completion limit");
    }

    /// <summary>Test 17's scenarios by a short key: the key is all an explorer stores, so each scenario runs on its own.</summary>
    private static readonly Dictionary<string, BusinessScenario> ScenarioTable = new(StringComparer.Ordinal)
    {
        ["cost-optimisation"] = new("optimization_agent", "Cut our cloud bill by 15% next quarter",
            new() { ["goal"] = "reduce_costs", ["current_spend"] = 50000, ["target_reduction"] = 0.15 },
            ["saving", "recommend", "implement"]),
        ["anomaly-detection"] = new("unified_data_agent", "Detect anomalies in our service metrics",
            new() { ["scenario"] = "anomaly_detection", ["metrics"] = new[] { "response_time", "error_rate", "throughput" }, ["time_range_days"] = 7 },
            ["anomal", "insight", "recommend"]),
        ["capacity-planning"] = new("unified_data_agent", "Plan capacity for the next six months",
            new() { ["scenario"] = "capacity_planning", ["horizon_months"] = 6, ["growth_rate"] = 1.3, ["constraints"] = new { budget = "fixed", infrastructure = "existing regions" } },
            ["forecast", "capacity", "recommend"]),
    };

    public static TheoryData<string> Scenarios => [.. ScenarioTable.Keys];

    [Theory(DisplayName = "17 Business-value scenario")]
    [MemberData(nameof(Scenarios))]
    public async Task Business_value_scenarios_answer_in_their_own_terms(string scenario)
    {
        var (agent, request, parameters, expectedWords) = ScenarioTable[scenario];
        await using var session = await backend.ConnectNewUserAsync(scenario, Ct);

        var runId = await session.StartAgentAsync(agent, request, Ct, parameters);
        var run = await session.WaitForRunAsync(runId, RunDeadlines.Seconds(120), Ct);

        run.Should().CompleteSuccessfully().And.HaveBusinessValue().And.MentionAtLeast(expectedWords.Length, expectedWords);
    }

    private sealed record BusinessScenario(string Agent, string Request, Dictionary<string, object?> Parameters, string[] ExpectedWords);
}
