using Netra.E2E.Simulator.Connections;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Threads;

namespace Netra.E2E.Simulator.Runs;

/// <summary>Streams a planned run, paced and stamped by its event stream; the thread remembers the turn at the end.</summary>
public sealed class RunStreamer(TimeProvider time, ILogger<RunStreamer> logger)
{
    public async Task StreamAsync(ChatConnection origin, ChatThread thread, ThreadTurn turn, RunScope run, IReadOnlyList<ServerMessage> events, IEventStream stream)
    {
        try
        {
            if (!stream.Begin())
            {
                return;
            }

            var started = time.GetTimestamp();
            foreach (var (index, message) in events.Index())
            {
                var pause = stream.PauseBefore(index);
                if (pause > TimeSpan.Zero)
                {
                    await Task.Delay(pause, time, origin.Closing);
                }

                if (!stream.Send(index, Stamp(message, stream, started)))
                {
                    return;
                }
            }

            thread.Remember(turn);
        }
        catch (OperationCanceledException)
        {
            logger.LogDebug("Run {RunId} stopped: its connection closed", run.RunId);
        }
        catch (Exception ex)
        {
            origin.Fail(ex, run.RunId);
        }
    }

    private ServerMessage Stamp(ServerMessage message, IEventStream stream, long started) => message switch
    {
        AgentCompleted completed => completed with { DurationMs = (long)time.GetElapsedTime(started).TotalMilliseconds, Timestamp = stream.Stamp() },
        SubagentCompleted completed => completed with { DurationMs = (long)time.GetElapsedTime(started).TotalMilliseconds, Timestamp = stream.Stamp() },
        TruncatedFrame or OversizedFrame => message,
        _ => message with { Timestamp = stream.Stamp() },
    };
}
