using static Netra.E2E.Harness.Tests.BusinessValue.Runs;

namespace Netra.E2E.Harness.Tests.BusinessValue;

/// <summary>What the chat shows while a run streams: an end with an answer, the five mandatory events, tools, progress.</summary>
public sealed class RunEventChecksTests
{
    private static readonly AgentAnswer Answer = new("Rightsizing saves $1,080 a month.", [], new Dictionary<string, double>(), []);

    [Fact]
    public void A_complete_run_passes_every_event_check()
    {
        Verdict.Passes(() => Answering(Answer).Should().CompleteSuccessfully().And.HaveAllMandatoryEvents().And.ShowToolActivity().And.ShowProgress());
    }

    [Fact]
    public void A_run_that_ends_in_an_error_did_not_complete()
    {
        var run = Of(Started(), Thinking("Reading"), Error("INTERNAL_ERROR", "the agent crashed"));

        Verdict.FailsAsBusiness(() => run.Should().CompleteSuccessfully()).Message.Should().Contain("INTERNAL_ERROR").And.Contain("the agent crashed");
    }

    [Fact]
    public void A_run_that_never_ends_did_not_complete()
    {
        var run = Of(Started(), Thinking("Reading"));

        Verdict.FailsAsBusiness(() => run.Should().CompleteSuccessfully()).Message.Should().Contain("no completion");
    }

    [Fact]
    public void A_run_that_completes_and_then_reports_an_error_did_not_complete_successfully()
    {
        var run = Of(Started(), Completed(Answer), Error("INTERNAL_ERROR", "late failure"));

        Verdict.FailsAsBusiness(() => run.Should().CompleteSuccessfully()).Message.Should().Contain("INTERNAL_ERROR");
    }

    [Fact]
    public void A_run_without_a_mandatory_event_names_each_one_it_lacked()
    {
        var run = Of(Started(), Thinking("Reading"), Completed(Answer));

        Verdict.FailsAsBusiness(() => run.Should().HaveAllMandatoryEvents()).Message.Should().Contain("tool_executing, tool_completed");
    }

    public static TheoryData<string, NetraEvent[]> BrokenToolActivity => new()
    {
        { "no tool_executing", [Started(), Thinking("Reading"), Completed(Answer)] },
        { "some had no tool_name", [Started(), ToolExecuting("cost_explorer"), ToolExecuting(" "), ToolCompleted("cost_explorer", "{}"), Completed(Answer)] },
        { "0 of 0 did not", [Started(), ToolExecuting("cost_explorer"), Completed(Answer)] },
        { "1 of 3 did not", [Started(), ToolExecuting("cost_explorer"), ToolCompleted("cost_explorer", "{}"), ToolCompleted("cost_explorer", null), ToolCompleted("cost_explorer", "[]"), Completed(Answer)] },
    };

    [Theory]
    [MemberData(nameof(BrokenToolActivity))]
    public void Tool_activity_without_a_named_tool_and_a_result_for_each_completion_fails(string what, NetraEvent[] events)
    {
        Verdict.FailsAsBusiness(() => Of(events).Should().ShowToolActivity()).Message.Should().Contain(what);
    }

    [Fact]
    public void Progress_needs_the_asked_number_of_thinking_events()
    {
        var run = Of(Started(), Thinking("Reading"), Thinking("Sizing"), Thinking("Writing"), ToolExecuting("t"), ToolCompleted("t", "{}"), Completed(Answer));

        Verdict.Passes(() => run.Should().ShowProgress(minimumThinking: 3));
        Verdict.FailsAsBusiness(() => run.Should().ShowProgress(minimumThinking: 4)).Message.Should().Contain("at least 4 agent_thinking").And.Contain("got 3");
    }

    [Fact]
    public void One_thinking_event_is_not_progress()
    {
        var run = Of(Started(), Thinking("Reading"), Completed(Answer));

        Verdict.FailsAsBusiness(() => run.Should().ShowProgress()).Message.Should().Contain("at least 2 agent_thinking");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_thinking_event_without_a_thought_is_a_blank_status(string? thought)
    {
        var run = Of(Started(), Thinking("Reading"), Thinking(thought), Completed(Answer));

        Verdict.FailsAsBusiness(() => run.Should().ShowProgress()).Message.Should().Contain("blank status");
    }
}
