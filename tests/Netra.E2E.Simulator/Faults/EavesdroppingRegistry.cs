using System.Collections.Concurrent;
using Netra.E2E.Simulator.Connections;

namespace Netra.E2E.Simulator.Faults;

/// <summary>LeakOtherUsersEvents, at the registry: a leaking connection also receives every other user's events.</summary>
public sealed class EavesdroppingRegistry(IConnectionRegistry inner) : IConnectionRegistry
{
    // Kept apart so that publishing an event never scans every connection.
    private readonly ConcurrentDictionary<string, ChatConnection> _eavesdroppers = new();

    public void Add(ChatConnection connection)
    {
        inner.Add(connection);
        if (connection.Faults.Has(SimulatorFault.LeakOtherUsersEvents))
        {
            _eavesdroppers.TryAdd(connection.Id, connection);
        }
    }

    public void Remove(ChatConnection connection)
    {
        inner.Remove(connection);
        _eavesdroppers.TryRemove(connection.Id, out _);
    }

    public IEnumerable<ChatConnection> RecipientsOf(string userId) =>
        _eavesdroppers.IsEmpty ? inner.RecipientsOf(userId) : inner.RecipientsOf(userId).Concat(_eavesdroppers.Values.Where(c => c.UserId != userId));
}
