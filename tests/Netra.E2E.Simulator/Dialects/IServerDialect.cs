namespace Netra.E2E.Simulator.Dialects;

/// <summary>
/// The one place that knows the wire form: client frames in, typed requests out; typed server messages in, frame
/// text out. Everything above it (routing, runs, agents, faults) works with typed messages only.
/// </summary>
public interface IServerDialect
{
    /// <param name="frame">The frame's text, or null when it was binary or not valid UTF-8.</param>
    ClientFrame Decode(string? frame);

    string Encode(ServerMessage message);

    /// <summary>What the server sends as soon as a connection is open.</summary>
    IReadOnlyList<ServerMessage> Greeting(string connectionId, string userId);

    /// <summary>What the server sends unasked while a connection is open, or null for nothing.</summary>
    ServerHeartbeat? Heartbeat { get; }
}

public sealed record ServerHeartbeat(TimeSpan Interval, Func<ServerMessage> Next);
