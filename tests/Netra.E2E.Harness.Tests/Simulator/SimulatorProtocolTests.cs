using Netra.E2E.Harness.Tests.Support;
using Netra.E2E.Testing.Simulators;
using Netra.E2E.Testing.Time;

namespace Netra.E2E.Harness.Tests.Simulator;

/// <summary>Bad input gets the protocol's error and the connection stays usable; answers follow the question.</summary>
public sealed class SimulatorProtocolTests(SimulatorBackend backend) : IClassFixture<SimulatorBackend>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("{not json", "INVALID_MESSAGE")]
    [InlineData("[1, 2, 3]", "INVALID_MESSAGE")]
    [InlineData("""{"payload": {"content": "no type"}}""", "INVALID_MESSAGE")]
    [InlineData("""{"type": 42}""", "INVALID_MESSAGE")]
    [InlineData("""{"type": "teleport", "payload": {}}""", "UNKNOWN_MESSAGE_TYPE")]
    [InlineData("""{"type": "user_message", "payload": {"content": ""}}""", "INVALID_MESSAGE")]
    [InlineData("""{"type": "user_message", "payload": {}}""", "INVALID_MESSAGE")]
    [InlineData("""{"type": "start_agent", "payload": {"user_request": "hi"}}""", "INVALID_MESSAGE")]
    public async Task Bad_frames_get_an_error_and_the_connection_stays_open(string frame, string code)
    {
        await using var session = await backend.ConnectAsync("bad-frame");

        await session.SendRawAsync(frame, Ct);
        var error = await session.ExpectAsync(e => e.Type == EventNames.Error, Wait, $"an error for {frame}", Ct);

        error.ErrorCode.Should().Be(code);
        error.ErrorMessage.Should().NotBeNullOrWhiteSpace();
        var pingId = await session.PingAsync(Ct);
        (await session.ExpectAsync(e => e.Type == EventNames.Pong, Wait, "a pong", Ct)).MessageId.Should().Be(pingId);
    }

    [Fact]
    public async Task An_unknown_agent_gets_agent_not_found_with_the_run_id()
    {
        await using var session = await backend.ConnectAsync("unknown-agent");

        var runId = await session.StartAgentAsync("nonexistent_agent", "Do something", Ct);
        var run = await session.WaitForRunAsync(runId, RunDeadlines.Seconds(10), Ct);

        run.Error.Should().NotBeNull();
        run.Error!.ErrorCode.Should().Be("AGENT_NOT_FOUND");
        run.Error.RunId.Should().Be(runId);
    }

    [Fact]
    public async Task An_oversized_frame_gets_message_too_large_then_close_1009()
    {
        await using var session = await backend.ConnectAsync("oversized");

        var content = new string('x', 70_000);
        await session.SendRawAsync("{\"type\":\"user_message\",\"payload\":{\"content\":\"" + content + "\"}}", Ct);
        var error = await session.ExpectAsync(e => e.Type == EventNames.Error, Wait, "MESSAGE_TOO_LARGE", Ct);
        error.ErrorCode.Should().Be("MESSAGE_TOO_LARGE");
        var next = () => session.ExpectAsync(_ => true, Wait, "the close", Ct);

        (await next.Should().ThrowAsync<InfrastructureFailureException>()).WithMessage("*closed the socket (1009*");
    }

    [Fact]
    public async Task Another_users_thread_is_refused_and_reveals_nothing()
    {
        await using var owner = await backend.ConnectAsync("thread-owner");
        var ownerRun = await owner.WaitForRunAsync(await owner.SendUserMessageAsync("Optimize my AWS costs with a spend of $31,400", Ct), RunDeadlines.Seconds(10), Ct);
        await using var intruder = await backend.ConnectAsync("thread-intruder");

        var runId = await intruder.SendUserMessageAsync("Can you provide more details on the first opportunity?", Ct, threadId: ownerRun.ThreadId);
        var run = await intruder.WaitForRunAsync(runId, RunDeadlines.Seconds(10), Ct);

        run.Error!.ErrorCode.Should().Be("THREAD_ACCESS_DENIED");
        run.Error.Raw.Should().NotContain("31,400").And.NotContain(owner.User.Id);
        intruder.Received.Should().NotContain(e => e.RunId == ownerRun.RunId);
    }

    [Theory]
    [InlineData("Optimize my AWS costs, we spend $42,700 a month", "AWS", "42,700", "EC2")]
    [InlineData("Optimize my Azure costs, we spend $18,300 a month", "Azure", "18,300", "Virtual Machines")]
    [InlineData("Optimize my GCP costs, we spend $9,900 a month", "GCP", "9,900", "Compute Engine")]
    public async Task Answers_are_derived_from_the_question(string question, string provider, string spend, string service)
    {
        await using var session = await backend.ConnectAsync("derived");

        var run = await session.WaitForRunAsync(await session.SendUserMessageAsync(question, Ct), RunDeadlines.Seconds(10), Ct);

        run.Content.Should().Contain(provider).And.Contain($"${spend}").And.Contain(service);
        run.Answer.Metrics["current_monthly_cost_usd"].Should().Be(double.Parse(spend.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Different_focus_gets_a_different_kind_of_answer()
    {
        await using var session = await backend.ConnectAsync("focus");

        var performance = await session.WaitForRunAsync(await session.SendUserMessageAsync("Why is my API latency so high?", Ct), RunDeadlines.Seconds(10), Ct);
        var data = await session.WaitForRunAsync(await session.SendUserMessageAsync("Show me trends in my usage data", Ct), RunDeadlines.Seconds(10), Ct);

        performance.Content.Should().Contain("p95 latency").And.NotContain("monthly spend");
        data.Content.Should().Contain("data shows").And.Contain("chart");
    }

    [Fact]
    public async Task A_ping_is_answered_with_the_same_message_id()
    {
        await using var session = await backend.ConnectAsync("ping");

        var pingId = await session.PingAsync(Ct);

        (await session.ExpectAsync(e => e.Type == EventNames.Pong, Wait, "a pong", Ct)).MessageId.Should().Be(pingId);
    }
}
