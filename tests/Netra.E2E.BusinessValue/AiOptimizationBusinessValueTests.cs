
namespace Netra.E2E.BusinessValue;

/// <summary>The AI-optimization catalogue (old TestAIOptimizationBusinessValue): does a user get value from a chat?</summary>
[Trait("Category", "Catalogue")]
public sealed class AiOptimizationBusinessValueTests(NetraBackendFixture backend)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(DisplayName = "01 Basic optimization flow: five events and cost recommendations")]
    public async Task Basic_optimization_flow_delivers_all_events_and_cost_recommendations()
    {
        await using var session = await backend.ConnectNewUserAsync("basic-flow", Ct);

        var runId = await session.SendUserMessageAsync("Analyze my AWS costs and provide optimization recommendations", Ct, agent: "cost_optimizer");
        var run = await session.WaitForRunAsync(runId, RunDeadlines.Seconds(30), Ct);

        run.Should().CompleteSuccessfully()
            .And.HaveAllMandatoryEvents()
            .And.HaveBusinessValue()
            .And.MentionAtLeast(1, "cost", "saving", "optimiz", "recommend")
            .And.NameProvider("AWS", "the user asked about AWS, so a generic answer is not one")
            .And.QuantifySavings()
            .And.HaveSensibleFigures();
    }

    [Fact(DisplayName = "02 Multi-turn conversation: follow-ups build on the earlier answer")]
    public async Task Multi_turn_conversation_refers_back_to_earlier_answers()
    {
        await using var session = await backend.ConnectNewUserAsync("multi-turn", Ct);

        var first = await AskAsync(session, "What are my top 3 cost optimization opportunities?", threadId: null);
        first.Should().CompleteSuccessfully().And.HaveBusinessValue().And.HaveRecommendations(3, "the user asked for the top 3 opportunities");
        var threadId = first.ThreadId;
        threadId.Should().NotBeNullOrEmpty("agent_started names the thread the follow-ups continue");
        var firstOpportunity = RecommendationRecognizer.In(first.Answer)[0];

        var second = await AskAsync(session, "Can you provide more details on the first opportunity?", threadId);
        second.Should().CompleteSuccessfully().And.ReferTo(firstOpportunity, "turn 2 asks about the first opportunity of turn 1");
        firstOpportunity.EstimatedMonthlySavingsUsd.Should().NotBeNull("turn 1 sized each opportunity, in its structure or its prose");
        second.Should().MentionDollarAmount(firstOpportunity.EstimatedMonthlySavingsUsd!.Value,
            "the follow-up must keep turn 1's figure for that opportunity; an agent that forgot the thread re-estimates it");

        var third = await AskAsync(session, "What would be the implementation timeline and expected ROI?", threadId);
        third.Should().CompleteSuccessfully().And.MentionAtLeast(2, "timeline", "roi", "implement", "payback", "phase", "week")
            .And.ReferTo(firstOpportunity, "the timeline covers the opportunities discussed earlier in the thread");

        new[] { second.ThreadId, third.ThreadId }.Should().AllBe(threadId, "every turn stays in the same thread");
    }

    [Trait("Category", "MultiUser")]
    [Fact(DisplayName = "03 Concurrent users: each gets an answer about its own provider, and only its own events")]
    public async Task Concurrent_users_are_isolated()
    {
        backend.RequireDistinctUsers();
        string[] providers = ["AWS", "Azure", "GCP"];

        var results = await Task.WhenAll(providers.Select(async provider =>
        {
            await using var session = await backend.ConnectNewUserAsync($"isolation-{provider}", Ct);
            var runId = await session.SendUserMessageAsync($"Optimize my {provider} costs", Ct);
            var run = await session.WaitForRunAsync(runId, RunDeadlines.Seconds(45), Ct);
            return (Provider: provider, Run: run, Session: session);
        }));

        foreach (var (provider, run, session) in results)
        {
            run.Should().CompleteSuccessfully().And.HaveBusinessValue().And.NameProvider(provider, "the user asked about {0}", provider);
            foreach (var other in providers.Where(p => p != provider))
            {
                run.Should().NotNameProvider(other, "a {0} user must not get an answer about {1}", provider, other);
            }

            session.Should().HaveReceivedOnlyRun(run.RunId, "a user must see nothing of another user's chat");
            foreach (var other in results.Where(o => o.Provider != provider))
            {
                session.Should().NotHaveReceivedAnythingOf(other.Run, null, "a {0} user must see nothing of the {1} user's chat", provider, other.Provider);
            }
        }

        for (var i = 0; i < results.Length; i++)
        {
            for (var j = i + 1; j < results.Length; j++)
            {
                TextSimilarity.WordOverlap(results[i].Run.Content, results[j].Run.Content).Should().BeLessThan(0.8,
                    "{0} and {1} answers must not be the same canned text", results[i].Provider, results[j].Provider);
            }
        }
    }

    [Fact(DisplayName = "04 Real-time status: agent_started first and promptly, then a real thought")]
    public async Task Status_events_arrive_in_real_time()
    {
        await using var session = await backend.ConnectNewUserAsync("status-events", Ct);

        var runId = await session.SendUserMessageAsync("Analyze my infrastructure for cost optimization, performance bottlenecks, and security improvements", Ct);
        var run = await session.WaitForRunAsync(runId, RunDeadlines.Seconds(60), Ct);

        run.Should().CompleteSuccessfully();
        run.Events[0].Type.Should().Be(EventNames.AgentStarted, "the UI shows that an agent picked up the request before anything else");
        run.TimeToFirstEvent.Should().BeLessThan(TimeSpan.FromSeconds(5), "agent_started must arrive within 5 s");
        var thinking = run.OfType(EventNames.AgentThinking).ToArray();
        thinking.Should().NotBeEmpty();
        thinking[0].Thought.Should().NotBeNullOrWhiteSpace("the status line shows what the agent is thinking");
    }

    [Fact(DisplayName = "05 Tool transparency: each tool is named and returns a result")]
    public async Task Tool_execution_is_transparent()
    {
        await using var session = await backend.ConnectNewUserAsync("tools", Ct);

        var runId = await session.SendUserMessageAsync("Run a complete cost analysis with detailed breakdown by service", Ct);
        var run = await session.WaitForRunAsync(runId, RunDeadlines.Seconds(60), Ct);

        run.Should().CompleteSuccessfully().And.ShowToolActivity().And.HaveBusinessValue();
        run.OfType(EventNames.ToolCompleted).Select(e => e.ToolName)
            .Should().BeSubsetOf(run.OfType(EventNames.ToolExecuting).Select(e => e.ToolName), "a tool reports a result only after it started");
    }

    [Fact(DisplayName = "06 Error recovery: bad input gets an error, the connection survives, unknown services get a graceful answer")]
    public async Task Errors_are_reported_and_the_connection_recovers()
    {
        await using var session = await backend.ConnectNewUserAsync("error-recovery", Ct);

        var malformedRunId = await session.SendUserMessageAsync("{\"invalid\": \"json\"", Ct);
        var malformed = await session.WaitForRunAsync(malformedRunId, RunDeadlines.Seconds(30), Ct);
        if (malformed.Error is { } rejection)
        {
            rejection.ErrorCode.Should().Be("INVALID_MESSAGE", "malformed content is the user's mistake, not the agent's failure");
        }
        else
        {
            malformed.Should().CompleteSuccessfully("malformed content gets the protocol's error or an answer that asks for a clear request")
                .And.MentionAtLeast(1, ["could not interpret", "couldn't interpret", "not understand", "unclear", "incomplete", "rephrase"],
                    "the answer must say the request could not be read");
        }

        // The ping right behind the bad frame tells "no error was sent" apart from "nothing arrives at all".
        await session.SendRawAsync("this frame is not JSON at all", Ct);
        var pingId = await session.PingAsync(Ct);
        var answer = await session.ExpectAsync(e => (e.Type == EventNames.Error && e.RunId is null) || session.IsPongTo(e, pingId),
            TimeSpan.FromSeconds(10), "an error for a frame that is not JSON", Ct);
        answer.Type.Should().Be(EventNames.Error, "a frame that is not JSON must be flagged before the next message is answered");
        answer.ErrorCode.Should().Be("INVALID_MESSAGE");
        await session.ExpectAsync(e => session.IsPongTo(e, pingId), TimeSpan.FromSeconds(10), "a pong after the bad frames", Ct);

        var runId = await session.SendUserMessageAsync("Optimize costs for service that doesn't exist: quantum-flux-capacitor-service", Ct);
        var run = await session.WaitForRunAsync(runId, RunDeadlines.Seconds(30), Ct);
        if (run.Error is null)
        {
            run.Should().CompleteSuccessfully().And.MentionAtLeast(1, "cannot find", "could not find", "not found", "does not exist", "doesn't exist", "unknown service");
        }
    }

    [Fact(DisplayName = "07 Performance workflow: before/after projections with figures")]
    public async Task Performance_optimization_quantifies_the_improvement()
    {
        await using var session = await backend.ConnectNewUserAsync("performance", Ct);

        var runId = await session.SendUserMessageAsync("Analyze system performance and provide optimization recommendations with before/after projections", Ct, agent: "performance_optimizer");
        var run = await session.WaitForRunAsync(runId, RunDeadlines.Seconds(60), Ct);

        run.Should().CompleteSuccessfully()
            .And.HaveAllMandatoryEvents()
            .And.MentionAtLeast(3, "latency", "throughput", "response time", "performance", "optimiz", "improve", "reduce", "increase", "faster")
            .And.QuantifyImprovement();
    }

    [Fact(DisplayName = "08 Data analysis: what the data shows, and how to chart it")]
    public async Task Data_analysis_states_findings_and_visualisations()
    {
        await using var session = await backend.ConnectNewUserAsync("data-analysis", Ct);

        var runId = await session.SendUserMessageAsync("Analyze my usage patterns and create visualizations showing optimization opportunities", Ct, agent: "data_analyzer");
        var run = await session.WaitForRunAsync(runId, RunDeadlines.Seconds(60), Ct);

        run.Should().CompleteSuccessfully()
            .And.MentionAtLeast(2, "chart", "graph", "visualization", "plot", "diagram", "trend", "pattern", "analysis", "insight", "data")
            .And.MentionAtLeast(1, "shows", "indicates", "suggests", "reveals", "demonstrates")
            .And.HaveBusinessValue();
    }

    [Trait("Category", "Slow")]
    [Fact(DisplayName = "09 Long-running analysis: progress events and a broad answer")]
    public async Task Long_running_analysis_reports_progress()
    {
        await using var session = await backend.ConnectNewUserAsync("long-running", Ct);

        var runId = await session.SendUserMessageAsync("Run comprehensive optimization analysis across all services with detailed recommendations", Ct);
        var run = await session.WaitForRunAsync(runId, RunDeadlines.Seconds(180), Ct);

        run.Should().CompleteSuccessfully()
            .And.ShowProgress(minimumThinking: 2)
            .And.HaveMoreWordsThan(50)
            .And.MentionAtLeast(3, "service", "cost", "performance", "security", "optimiz");
    }

    [Fact(DisplayName = "10 Full pipeline: breakdown, savings, roadmap and ROI")]
    public async Task Full_pipeline_cost_analysis_covers_roadmap_and_roi()
    {
        await using var session = await backend.ConnectNewUserAsync("full-pipeline", Ct);

        var runId = await session.SendUserMessageAsync(
            "Perform complete cost optimization analysis including: 1) current cost breakdown by service 2) optimization opportunities with savings estimates " +
            "3) implementation roadmap with priorities 4) ROI calculations and payback period", Ct, agent: "cost_optimizer");
        var run = await session.WaitForRunAsync(runId, new RunDeadlines(TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(30)), Ct);

        run.Should().CompleteSuccessfully()
            .And.HaveAllMandatoryEvents()
            .And.MentionAtLeast(4, "$", "dollar", "cost", "saving", "roi", "payback", "investment", "return", "budget", "expense")
            .And.MentionAtLeast(3, "step", "phase", "implement", "priority", "roadmap", "plan", "action", "recommendation", "suggest")
            .And.QuantifySavings()
            .And.HaveSensibleFigures()
            .And.HaveMoreWordsThan(100);
    }

    private static async Task<RunTranscript> AskAsync(NetraSession session, string question, string? threadId)
    {
        var runId = await session.SendUserMessageAsync(question, Ct, threadId: threadId);
        return await session.WaitForRunAsync(runId, RunDeadlines.Seconds(30), Ct);
    }
}
