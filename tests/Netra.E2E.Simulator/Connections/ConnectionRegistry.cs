using System.Collections.Concurrent;

namespace Netra.E2E.Simulator.Connections;

/// <summary>Open connections by user, so that a run's events reach only its owner's connections.</summary>
public sealed class ConnectionRegistry
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, ChatConnection>> _byUser = new();

    // Connections with the leak fault, kept apart so that publishing an event never scans every connection.
    private readonly ConcurrentDictionary<string, ChatConnection> _eavesdroppers = new();

    public void Add(ChatConnection connection)
    {
        _byUser.GetOrAdd(connection.UserId, _ => new()).TryAdd(connection.Id, connection);
        if (connection.Faults.Has(SimulatorFault.LeakOtherUsersEvents))
        {
            _eavesdroppers.TryAdd(connection.Id, connection);
        }
    }

    public void Remove(ChatConnection connection)
    {
        if (_byUser.TryGetValue(connection.UserId, out var connections))
        {
            connections.TryRemove(connection.Id, out _);
        }

        _eavesdroppers.TryRemove(connection.Id, out _);
    }

    /// <summary>Who receives an event of this user's run: the user's own connections, and any that leak by fault.</summary>
    public IEnumerable<ChatConnection> RecipientsOf(string userId)
    {
        if (_byUser.TryGetValue(userId, out var own))
        {
            foreach (var connection in own.Values)
            {
                yield return connection;
            }
        }

        foreach (var eavesdropper in _eavesdroppers.Values)
        {
            if (eavesdropper.UserId != userId)
            {
                yield return eavesdropper;
            }
        }
    }

}
