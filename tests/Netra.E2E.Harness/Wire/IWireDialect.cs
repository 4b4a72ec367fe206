using Netra.E2E.Harness.Wire.Messages;

namespace Netra.E2E.Harness.Wire;

/// <summary>
/// One form of the wire: reads a server frame into a typed, normalised event and writes the client's requests. It also
/// knows what greets a connection, what answers a ping, and which events belong to a request's run and end it. Everything
/// above it (session, event contract, business checks, tests) sees only typed messages and never branches on the dialect.
/// </summary>
public interface IWireDialect
{
    string Name { get; }

    NetraEvent Read(string frame, TimeSpan receivedAt);

    string Write(ClientRequest request);

    /// <summary>The frame the client answers an event with, if any (a server's ping), sent as soon as it is read.</summary>
    string? ReplyTo(NetraEvent e) => null;

    bool IsGreeting(NetraEvent e);

    bool IsPongTo(NetraEvent e, string pingMessageId);

    /// <summary>Follows the run a request of this user started, from the client's run id.</summary>
    IRunCorrelation Correlate(string clientRunId, string userId);
}

/// <summary>Which events belong to one request's run, and which one ends it.</summary>
public interface IRunCorrelation
{
    /// <summary>The run's id as the events carry it (the client's, unless the server makes its own).</summary>
    string RunId { get; }

    bool Claims(NetraEvent e);

    bool Ends(NetraEvent e);
}
