using Netra.E2E.Harness.Verdicts;
using Netra.E2E.Harness.Wire;
using Netra.E2E.Harness.Wire.Messages;

namespace Netra.E2E.Harness.Session;

/// <summary>
/// Collects the events of one request's run until the dialect says it ended, within the run's deadlines, and classes an
/// expired deadline: no event at all is infrastructure, a run that started and never ended is business.
/// </summary>
public sealed class RunCollector(EventInbox inbox, WireConnection wire, Func<WaitOutcome, string, Exception> socketEnded,
    Func<CancellationToken, Task<TimeSpan?>> pingAsync, RunBreaker breaker)
{
    public async Task<RunTranscript> CollectAsync(IRunCorrelation run, RunDeadlines deadlines, TimeSpan sentAt, CancellationToken cancellationToken)
    {
        var events = new List<NetraEvent>();
        await using var pulse = RunProgress.Pulse(run.RunId, () => events.Count == 0 ? "no event yet" : $"{events.Count} event(s), the last {events[^1].Type}");
        var first = await inbox.WaitAsync(run.Claims, deadlines.FirstEvent, cancellationToken);
        if (first.Found is null)
        {
            throw first.SocketEnded
                ? socketEnded(first, $"the first event of run {run.RunId}")
                : await NoRunAsync(run, deadlines, first, cancellationToken);
        }

        RunProgress.FirstEvent(run.RunId, first.Found.Type, first.Found.ReceivedAt - sentAt);
        events.Add(first.Found);
        var lastProgress = first.Found.ReceivedAt;
        while (!run.Ends(events[^1]))
        {
            if (events[^1].Type != EventNames.AgentThinking)
            {
                lastProgress = events[^1].ReceivedAt;
            }
            else if (events[^1].ReceivedAt - lastProgress > deadlines.Stall)
            {
                var stalled = new BusinessFailureException(
                    $"run {run.RunId} stalled: for {Durations.Text(deadlines.Stall)} it sent only thoughts (no tool, no other agent, no end; " +
                    $"{Settings.SettingsReader.StallTimeoutVariable}) after {events.Count} event(s) [{Summary(events)}]; the chat would show an agent thinking forever");
                breaker.NoRunCompleted(stalled);
                throw stalled;
            }

            var remaining = deadlines.Total - (wire.Elapsed - sentAt);
            var wait = remaining < deadlines.Inactivity ? remaining : deadlines.Inactivity;
            var next = await inbox.WaitAsync(run.Claims, wait, cancellationToken);
            if (next.Found is not null)
            {
                events.Add(next.Found);
                continue;
            }

            if (next.SocketEnded)
            {
                throw socketEnded(next, $"the end of run {run.RunId}");
            }

            var limit = deadlines.CapReached && wait != deadlines.Inactivity ? "the whole run's time cap (NETRA_E2E_RUN_TIME_CAP)"
                : wait == deadlines.Inactivity ? $"{Durations.Text(deadlines.Inactivity)} without activity" : $"the {Durations.Text(deadlines.Total)} deadline";
            var cause = new BusinessFailureException(
                $"run {run.RunId} started but did not complete: {limit} passed after {events.Count} event(s) [{Summary(events)}]; " +
                "no agent_completed or error arrived, so the chat would show a run that never ends");
            breaker.NoRunCompleted(cause);
            throw cause;
        }

        var end = events[^1].ReceivedAt - sentAt;
        RunProgress.Ended(run.RunId, events[^1].Type, events.Count, end);
        await ReadStragglersAsync(run, events, deadlines.Grace, cancellationToken);
        return new RunTranscript(run.RunId, events, events[0].ReceivedAt - sentAt, end);
    }

    /// <summary>
    /// Keeps reading the run for a short grace period after its end, so the contract sees what a broken backend sends
    /// after it (a second completion, an error, a late tool): a chat UI would show those too.
    /// </summary>
    private async Task ReadStragglersAsync(IRunCorrelation run, List<NetraEvent> events, TimeSpan grace, CancellationToken cancellationToken)
    {
        var until = wire.Elapsed + grace;
        while (wire.Elapsed < until)
        {
            var late = await inbox.WaitAsync(run.Claims, until - wire.Elapsed, cancellationToken);
            if (late.Found is null)
            {
                return;
            }

            events.Add(late.Found);
        }
    }

    /// <summary>The events of a run in a failure message: all of a short one, the first and last few of a long one.</summary>
    private static string Summary(List<NetraEvent> events) => events.Count <= 12
        ? string.Join(", ", events)
        : $"{string.Join(", ", events.Take(5))}, … {events.Count - 10} more …, {string.Join(", ", events.TakeLast(5))}";

    /// <summary>
    /// No run started by the first-event deadline: a backend that still answers a ping is alive and its agents are
    /// broken (business); one that does not has stopped responding (infrastructure).
    /// </summary>
    private async Task<Exception> NoRunAsync(IRunCorrelation run, RunDeadlines deadlines, WaitOutcome first, CancellationToken cancellationToken)
    {
        var pong = await pingAsync(cancellationToken);
        Exception cause = pong is { } latency
            ? new BusinessFailureException(
                $"agent execution is broken: the backend is alive (pong in {latency.TotalMilliseconds:0} ms) but started no run within {Durations.Text(deadlines.FirstEvent)} of the request; {first.MeanwhileSummary}")
            : new InfrastructureFailureException(
                $"the backend stopped responding after the handshake: no event for run {run.RunId} from {wire.Backend} within {Durations.Text(deadlines.FirstEvent)} of sending the request, and no answer to a ping; {first.MeanwhileSummary}");
        breaker.NoRunStarted(cause);
        return cause;
    }
}
