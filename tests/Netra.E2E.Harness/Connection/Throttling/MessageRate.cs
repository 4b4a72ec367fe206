using System.Threading.RateLimiting;
using Netra.E2E.Harness.Session;
using Netra.E2E.Harness.Verdicts;

namespace Netra.E2E.Harness.Connection.Throttling;

/// <summary>
/// The pace of one connection's messages (NETRA_E2E_MESSAGES_PER_MINUTE): a token bucket that holds a small burst and
/// refills one message at a time, so any minute carries at most the rate plus the burst. Staging allows about 100
/// messages a minute per connection; a message over the pace waits for its token, it never fails.
/// </summary>
public sealed class MessageRate : IAsyncDisposable
{
    /// <summary>Far longer than any honest wait: a whole bucket's worth of queued messages at the slowest allowed rate.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(2);
    private readonly TokenBucketRateLimiter _bucket;

    public MessageRate(int messagesPerMinute, int burst)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(messagesPerMinute, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(burst, 1);
        MessagesPerMinute = messagesPerMinute;
        Burst = burst;
        _bucket = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = Period,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    public int MessagesPerMinute { get; }

    public int Burst { get; }

    /// <summary>How often the bucket gains one message.</summary>
    public TimeSpan Period => TimeSpan.FromMinutes(1) / MessagesPerMinute;

    /// <summary>Waits until the connection may send one more message.</summary>
    public async Task WaitForTurnAsync(CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(MaxWait);
        try
        {
            using var token = await _bucket.AcquireAsync(1, limit.Token);
            if (!token.IsAcquired)
            {
                throw new InfrastructureFailureException("the connection closed while a message waited for its turn");
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InfrastructureFailureException(
                $"a message waited over {Durations.Text(MaxWait)} for its turn at {MessagesPerMinute} a minute (NETRA_E2E_MESSAGES_PER_MINUTE)");
        }
    }

    public ValueTask DisposeAsync() => _bucket.DisposeAsync();
}
