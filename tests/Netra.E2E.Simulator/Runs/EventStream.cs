using Netra.E2E.Simulator.Connections;
using Netra.E2E.Simulator.Dialects;

namespace Netra.E2E.Simulator.Runs;

/// <summary>How one run's planned events reach the clients: when, stamped how, sent where. Faults decorate it.</summary>
public interface IEventStream
{
    /// <summary>False when the run sends nothing at all.</summary>
    bool Begin();

    TimeSpan PauseBefore(int index);

    DateTimeOffset Stamp();

    /// <summary>False when the run stops here.</summary>
    bool Send(int index, ServerMessage message);
}

/// <summary>The healthy stream: configured pacing, monotonic timestamps, every event to the owner's connections.</summary>
public sealed class PublishingStream(ChatConnection origin, IServerDialect dialect, RunPublisher publisher, TimeProvider time, TimeSpan pacing)
    : IEventStream
{
    private DateTimeOffset _last = DateTimeOffset.MinValue;

    public bool Begin() => true;

    public TimeSpan PauseBefore(int index) => pacing;

    /// <summary>Never backwards, even when the clock is coarser than the events.</summary>
    public DateTimeOffset Stamp()
    {
        var now = time.GetUtcNow();
        _last = now > _last ? now : _last.AddTicks(1);
        return _last;
    }

    public bool Send(int index, ServerMessage message)
    {
        publisher.Publish(origin, dialect.Encode(message));
        return true;
    }
}
