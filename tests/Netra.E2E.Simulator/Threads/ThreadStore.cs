using System.Collections.Concurrent;
using Netra.E2E.Simulator.Agents;

namespace Netra.E2E.Simulator.Threads;

/// <summary>Conversation threads, each owned by the user who created it.</summary>
public sealed class ThreadStore
{
    private readonly ConcurrentDictionary<string, ChatThread> _threads = new();

    /// <summary>The caller's thread (created when new or unnamed), or null when it belongs to someone else.</summary>
    public ChatThread? Open(string userId, string? threadId)
    {
        var id = string.IsNullOrWhiteSpace(threadId) ? $"thread_{Guid.NewGuid():N}" : threadId;
        var thread = _threads.GetOrAdd(id, key => new ChatThread(key, userId));
        return thread.OwnerUserId == userId ? thread : null;
    }
}

public sealed class ChatThread(string id, string ownerUserId)
{
    private readonly List<ThreadTurn> _turns = [];

    public string Id { get; } = id;
    public string OwnerUserId { get; } = ownerUserId;

    public IReadOnlyList<ThreadTurn> Turns
    {
        get
        {
            lock (_turns)
            {
                return _turns.ToArray();
            }
        }
    }

    public void Remember(ThreadTurn turn)
    {
        lock (_turns)
        {
            _turns.Add(turn);
        }
    }
}

public sealed record ThreadTurn(string Question, AgentAnswer Answer);
