using System.Threading.Channels;
using Netra.E2E.Harness.Wire.Messages;

namespace Netra.E2E.Harness.Session;

/// <summary>How a wait ended: the event it waited for, the deadline with what arrived meanwhile, or the socket's end.</summary>
public sealed record WaitOutcome(NetraEvent? Found, IReadOnlyList<NetraEvent> Meanwhile, bool SocketEnded)
{
    public string MeanwhileSummary => Meanwhile.Count == 0 ? "nothing else arrived meanwhile" : $"received meanwhile: {string.Join(", ", Meanwhile)}";
}

/// <summary>
/// The events of a session not yet claimed by a wait. A wait takes the first event that matches, from those set aside
/// by earlier waits or from the channel, within its deadline; one wait at a time.
/// </summary>
public sealed class EventInbox(ChannelReader<NetraEvent> incoming) : IDisposable
{
    private readonly List<NetraEvent> _unclaimed = [];
    private readonly SemaphoreSlim _waitLock = new(1, 1);

    public async Task<WaitOutcome> WaitAsync(Func<NetraEvent, bool> match, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await _waitLock.WaitAsync(cancellationToken);
        try
        {
            var index = _unclaimed.FindIndex(e => match(e));
            if (index >= 0)
            {
                var found = _unclaimed[index];
                _unclaimed.RemoveAt(index);
                return new WaitOutcome(found, [], false);
            }

            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout > TimeSpan.Zero ? timeout : TimeSpan.Zero);
            var seen = new List<NetraEvent>();
            while (true)
            {
                NetraEvent next;
                try
                {
                    next = await incoming.ReadAsync(deadline.Token);
                }
                catch (ChannelClosedException)
                {
                    return new WaitOutcome(null, seen, true);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    return new WaitOutcome(null, seen, false);
                }

                if (match(next))
                {
                    return new WaitOutcome(next, seen, false);
                }

                seen.Add(next);
                _unclaimed.Add(next);
            }
        }
        finally
        {
            _waitLock.Release();
        }
    }

    public void Dispose() => _waitLock.Dispose();
}
