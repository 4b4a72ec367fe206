using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Connections;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Hosting;
using Netra.E2E.Simulator.Runs;

namespace Netra.E2E.Simulator.Faults;

/// <summary>Passes everything through; a stream fault overrides the one step it breaks.</summary>
public abstract class EventStreamDecorator(IEventStream inner) : IEventStream
{
    public virtual bool Begin() => inner.Begin();

    public virtual TimeSpan PauseBefore(int index) => inner.PauseBefore(index);

    public virtual DateTimeOffset Stamp() => inner.Stamp();

    public virtual bool Send(int index, ServerMessage message) => inner.Send(index, message);
}

/// <summary>The connection stays open and the run never sends anything.</summary>
public sealed class Stall(IEventStream inner) : EventStreamDecorator(inner)
{
    public override bool Begin() => false;
}

/// <summary>The first event comes at once, every later one 30 seconds after the one before.</summary>
public sealed class SlowEvents(IEventStream inner) : EventStreamDecorator(inner)
{
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(30);

    public override TimeSpan PauseBefore(int index) => index > 0 ? Pause : base.PauseBefore(index);
}

/// <summary>From the third event on, timestamps are 30 seconds behind the one before.</summary>
public sealed class TimestampsBackwards(IEventStream inner) : EventStreamDecorator(inner)
{
    private int _count;

    public override DateTimeOffset Stamp()
    {
        var stamp = base.Stamp();
        return ++_count > 2 ? stamp.AddSeconds(-30) : stamp;
    }
}

/// <summary>The TCP connection drops without a close frame after the first two events.</summary>
public sealed class CloseMidRun(IEventStream inner, ChatConnection origin) : EventStreamDecorator(inner)
{
    public override bool Send(int index, ServerMessage message)
    {
        if (index == 2)
        {
            origin.DropWhenSent();
            return false;
        }

        return base.Send(index, message);
    }
}

/// <summary>The ServerException fault: a bug in the simulator surfaces while a run streams, after its first event.</summary>
public sealed class ThrowWhileStreaming(IEventStream inner) : EventStreamDecorator(inner)
{
    public const string Message = "simulated bug in the simulator: ServerException fault";

    public override bool Send(int index, ServerMessage message) =>
        index > 0 ? throw new InvalidOperationException(Message) : base.Send(index, message);
}

/// <summary>
/// Before its own run, the connection gets an event of someone else's run: the latest one published, or a made-up
/// one when nobody else has run yet, so the leak shows whether or not runs overlap in time.
/// </summary>
public sealed class LeakForeignFrame(IEventStream inner, ChatConnection origin, IServerDialect dialect, RunPublisher publisher, IIdSource ids)
    : EventStreamDecorator(inner)
{
    public const string ForeignThreadId = "thread_of_another_user";
    public const string ForeignUserId = "user_of_another_run";

    public override bool Begin()
    {
        origin.Send(publisher.LatestFrameNotFor(origin.UserId)
                    ?? dialect.Encode(new AgentStarted(new RunScope(ids.Next("run"), ForeignThreadId, ForeignUserId), AgentCatalog.TriageAgent)));
        return base.Begin();
    }
}

/// <summary>EveryEventTwice: each event goes out twice, the same frame (the same message id where the dialect writes one).</summary>
public sealed class EveryEventTwice(IEventStream inner, IIdSource ids) : EventStreamDecorator(inner)
{
    public override bool Send(int index, ServerMessage message)
    {
        var pinned = message.MessageId is null ? message with { MessageId = ids.Next("msg") } : message;
        return base.Send(index, pinned) && base.Send(index, pinned);
    }
}

/// <summary>NegativeDuration: the run's completion says it took -5 ms.</summary>
public sealed class NegativeDuration(IEventStream inner) : EventStreamDecorator(inner)
{
    public const long DurationMs = -5;

    public override bool Send(int index, ServerMessage message) =>
        base.Send(index, message is AgentCompleted completed ? completed with { DurationMs = DurationMs } : message);
}
