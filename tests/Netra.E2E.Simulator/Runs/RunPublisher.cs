using Netra.E2E.Simulator.Connections;

namespace Netra.E2E.Simulator.Runs;

/// <summary>Publishes a run's frames to its owner's connections, and remembers the latest (the leak fault replays it).</summary>
public sealed class RunPublisher(IConnectionRegistry registry)
{
    private volatile PublishedFrame? _last;

    public void Publish(ChatConnection origin, string frame)
    {
        _last = new PublishedFrame(origin.UserId, frame);
        foreach (var connection in registry.RecipientsOf(origin.UserId))
        {
            connection.Send(frame);
        }
    }

    /// <summary>The latest frame published for a user other than this one, if any.</summary>
    public string? LatestFrameNotFor(string userId) => _last is { } last && last.UserId != userId ? last.Frame : null;

    private sealed record PublishedFrame(string UserId, string Frame);
}
