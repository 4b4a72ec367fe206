using System.Collections.Concurrent;

namespace Netra.E2E.Simulator.Connections;

/// <summary>Open connections by user, so that a run's events reach only its owner's connections.</summary>
public interface IConnectionRegistry
{
    void Add(ChatConnection connection);

    void Remove(ChatConnection connection);

    /// <summary>Who receives an event of this user's run.</summary>
    IEnumerable<ChatConnection> RecipientsOf(string userId);
}

public sealed class ConnectionRegistry : IConnectionRegistry
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, ChatConnection>> _byUser = new();

    public void Add(ChatConnection connection) => _byUser.GetOrAdd(connection.UserId, _ => new()).TryAdd(connection.Id, connection);

    public void Remove(ChatConnection connection)
    {
        if (_byUser.TryGetValue(connection.UserId, out var connections))
        {
            connections.TryRemove(connection.Id, out _);
        }
    }

    public IEnumerable<ChatConnection> RecipientsOf(string userId) =>
        _byUser.TryGetValue(userId, out var own) ? own.Values : [];
}
