using System.Diagnostics;
using Netra.E2E.Harness.Connection.Throttling;
using Netra.E2E.Harness.Settings;

namespace Netra.E2E.Harness.Tests.Gate;

/// <summary>
/// The message rate spaces a connection's messages: after its burst, each waits for the bucket to gain one, which it
/// does once a period. Asserted as lower bounds on when messages went out, never as upper bounds.
/// </summary>
public sealed class MessageRateTests
{
    // The bucket refills on a timer, which may fire a little before its period is up.
    private const double TimerSlack = 0.9;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task After_its_burst_each_message_waits_a_period_for_its_turn()
    {
        var started = Stopwatch.StartNew();
        await using var rate = new MessageRate(messagesPerMinute: 600, burst: 2);

        var turns = new List<TimeSpan>();
        for (var i = 0; i < 6; i++)
        {
            await rate.WaitForTurnAsync(Ct);
            turns.Add(started.Elapsed);
        }

        rate.Period.Should().Be(TimeSpan.FromMilliseconds(100));
        for (var i = rate.Burst; i < turns.Count; i++)
        {
            turns[i].Should().BeGreaterThanOrEqualTo((i - rate.Burst + 1) * rate.Period * TimerSlack, "message {0} needs {1} refill(s) of the bucket", i + 1, i - rate.Burst + 1);
        }
    }

    [Fact]
    public async Task A_sessions_messages_keep_the_rate_pings_included()
    {
        await using var environment = GatedSimulator.Create(new GateSettings { MessagesPerMinute = 300 });
        var burst = environment.Settings.Gate.MessageBurst;
        var period = TimeSpan.FromMinutes(1) / 300;
        var started = Stopwatch.StartNew();
        await using var session = await environment.ConnectAsync("chatty");

        var sent = new List<TimeSpan>();
        for (var i = 0; i < burst + 3; i++)
        {
            await session.PingAsync(Ct);
            sent.Add(started.Elapsed);
        }

        burst.Should().Be(15);
        sent[^1].Should().BeGreaterThanOrEqualTo(3 * period * TimerSlack, "the last three messages over the burst each needed a refill");
    }

    [Fact]
    public async Task A_message_waiting_when_its_connection_closes_is_not_sent()
    {
        var rate = new MessageRate(messagesPerMinute: 1, burst: 1);
        await rate.WaitForTurnAsync(Ct);
        var waiting = rate.WaitForTurnAsync(Ct);

        await rate.DisposeAsync();

        await waiting.Awaiting(w => w).Should().ThrowAsync<InfrastructureFailureException>().WithMessage("*closed while a message waited*");
    }
}
