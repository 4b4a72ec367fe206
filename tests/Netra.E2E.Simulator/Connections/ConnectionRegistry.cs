using System.Collections.Concurrent;

namespace Netra.E2E.Simulator.Connections;

/// <summary>Open connections by user, so that a run's events reach only its owner's connections.</summary>
public sealed class ConnectionRegistry
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, ChatConnection>> _byUser = new();

    public int OpenConnections => _byUser.Values.Sum(c => c.Count);

    public void Add(ChatConnection connection) =>
        _byUser.GetOrAdd(connection.UserId, _ => new()).TryAdd(connection.Id, connection);

    public void Remove(ChatConnection connection)
    {
        if (_byUser.TryGetValue(connection.UserId, out var connections))
        {
            connections.TryRemove(connection.Id, out _);
        }
    }

    public IReadOnlyCollection<ChatConnection> ConnectionsOf(string userId) =>
        _byUser.TryGetValue(userId, out var connections) ? connections.Values.ToArray() : [];

    public IReadOnlyCollection<ChatConnection> All() => _byUser.Values.SelectMany(c => c.Values).ToArray();
}
