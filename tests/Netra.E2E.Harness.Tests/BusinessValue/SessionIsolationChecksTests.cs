using static Netra.E2E.Harness.Tests.BusinessValue.ScriptedSessions;

namespace Netra.E2E.Harness.Tests.BusinessValue;

/// <summary>
/// Nothing of another user's chat reaches a session, in any frame: not its run's events, not its thread id, not the
/// figure that user stated, however it is written. A session's own runs and frames outside runs are no leak.
/// </summary>
public sealed class SessionIsolationChecksTests
{
    private static readonly string OwnStart = RunFrame("agent_started", "run_1", "thread_1");
    private static readonly string OwnThinking = RunFrame("agent_thinking", "run_1", "thread_1", ""","thought":"Sizing your $12,000 spend""");
    private const string Pong = """{"type":"pong","message_id":"ping_1"}""";

    private static RunTranscript OtherUsersRun(string? threadId = "thread_2") =>
        new("run_2", [new NetraEvent { Type = EventNames.AgentStarted, RunId = "run_2", ThreadIds = threadId is null ? [] : [threadId], Raw = "{}" }], TimeSpan.Zero, TimeSpan.Zero);

    [Fact]
    public async Task A_session_that_received_only_its_own_run_is_isolated()
    {
        await using var session = await ReceivingAsync("user_1", OwnStart, Pong, OwnThinking);

        Verdict.Passes(() => session.Should().HaveReceivedOnlyRun("run_1")
            .And.NotHaveReceivedAnythingOf(OtherUsersRun(), 27_300m)
            .And.NotHaveReceivedThread("thread_2")
            .And.NotHaveReceivedDollarAmount(27_300m));
    }

    [Fact]
    public async Task An_event_of_another_run_is_a_leak_named_in_the_failure()
    {
        await using var session = await ReceivingAsync("user_1", OwnStart, RunFrame("agent_started", "run_2", "thread_2"));

        Verdict.FailsAsBusiness(() => session.Should().HaveReceivedOnlyRun("run_1")).Message.Should().Contain("user_1").And.Contain("agent_started (run run_2)");
        Verdict.FailsAsBusiness(() => session.Should().NotHaveReceivedAnythingOf(OtherUsersRun(threadId: null), null)).Message.Should().Contain("agent_started (run run_2)");
    }

    [Fact]
    public async Task A_frame_outside_any_run_that_names_another_users_thread_is_a_leak()
    {
        await using var session = await ReceivingAsync("user_1", OwnStart, """{"type":"error","payload":{"code":"THREAD_ACCESS_DENIED","message":"no access","thread_id":"thread_2"}}""");

        Verdict.Passes(() => session.Should().HaveReceivedOnlyRun("run_1"));
        Verdict.FailsAsBusiness(() => session.Should().NotHaveReceivedThread("thread_2")).Message.Should().Contain("thread \"thread_2\"");
        Verdict.FailsAsBusiness(() => session.Should().NotHaveReceivedAnythingOf(OtherUsersRun(), null)).Message.Should().Contain("its id, its thread or its figures");
        Verdict.Passes(() => session.Should().NotHaveReceivedAnythingOf(OtherUsersRun(threadId: null), null));
    }

    [Theory]
    [InlineData("their spend is $27,300")]
    [InlineData("their spend is 27.3k USD")]
    [InlineData("their spend is US$ 27,300.00")]
    public async Task Another_users_figure_in_any_wording_is_a_leak(string message)
    {
        await using var session = await ReceivingAsync("user_1", OwnStart, $$$"""{"type":"error","payload":{"code":"THREAD_ACCESS_DENIED","message":"{{{message}}}"}}""");

        Verdict.FailsAsBusiness(() => session.Should().NotHaveReceivedDollarAmount(27_300m)).Message.Should().Contain("27300");
        Verdict.FailsAsBusiness(() => session.Should().NotHaveReceivedAnythingOf(OtherUsersRun(), 27_300m));
        Verdict.Passes(() => session.Should().NotHaveReceivedAnythingOf(OtherUsersRun(), null).And.NotHaveReceivedDollarAmount(27_301m));
    }
}
