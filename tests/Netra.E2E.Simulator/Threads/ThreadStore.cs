using System.Collections.Concurrent;
using Netra.E2E.Simulator.Agents;

namespace Netra.E2E.Simulator.Threads;

/// <summary>How a server reads the thread a request names.</summary>
public enum ThreadRouting
{
    /// <summary>The named thread (created when new), a new one when none is named; another user's thread is refused.</summary>
    NamedOrNew,

    /// <summary>One thread per user, unless the request names another of the user's own threads; any other name is ignored.</summary>
    OneThreadPerUser,
}

/// <summary>Conversation threads, each owned by the user who created it.</summary>
public sealed class ThreadStore
{
    private readonly ConcurrentDictionary<string, ChatThread> _threads = new();
    private readonly ConcurrentDictionary<string, ChatThread> _defaults = new();

    /// <summary>The caller's thread for this request, or null when it names someone else's and the routing refuses that.</summary>
    public ChatThread? Open(string userId, string? threadId, ThreadRouting routing = ThreadRouting.NamedOrNew)
    {
        var named = string.IsNullOrWhiteSpace(threadId) ? null : threadId;
        if (routing == ThreadRouting.OneThreadPerUser)
        {
            return named is not null && _threads.TryGetValue(named, out var own) && own.OwnerUserId == userId
                ? own
                : _defaults.GetOrAdd(userId, owner => Create(owner));
        }

        var thread = named is null ? Create(userId) : _threads.GetOrAdd(named, key => new ChatThread(key, userId));
        return thread.OwnerUserId == userId ? thread : null;
    }

    /// <summary>The thread with this id, whoever owns it (only a fault looks).</summary>
    public ChatThread? Find(string threadId) => _threads.TryGetValue(threadId, out var thread) ? thread : null;

    private ChatThread Create(string userId)
    {
        var thread = new ChatThread($"thread_{Guid.NewGuid():N}", userId);
        _threads[thread.Id] = thread;
        return thread;
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

/// <summary>One question and the facts of its answer, whatever words carried them.</summary>
public sealed record ThreadTurn(string Question, AnswerFacts Facts);
