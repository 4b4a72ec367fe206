namespace Netra.E2E.Harness.Verdicts;

/// <summary>
/// Causes that decide the rest of a run. Once the backend has twice started no run for a request, or has refused the
/// suite's own token, or fails every connection, each later test that needs the same thing fails at once with that
/// cause, in its class, instead of waiting out its own deadline: the suite's verdict takes seconds, not minutes.
/// </summary>
public sealed class RunBreaker
{
    /// <summary>How many requests without a run it takes to decide that no run will start.</summary>
    public const int NoRunThreshold = 2;

    private int _noRunResults;
    private int _unfinishedRuns;
    private int _connectFailures;
    private Exception? _runs;
    private Exception? _connections;

    /// <summary>Raised when the breaker trips, with the cause, so the run can print it once.</summary>
    public event Action<Exception>? Tripped;

    /// <summary>A request whose run never started.</summary>
    public void NoRunStarted(Exception cause) => CountTowardRuns(ref _noRunResults, cause);

    /// <summary>A run that started and never completed: as many as decide "no run starts" decide the rest too.</summary>
    public void NoRunCompleted(Exception cause) => CountTowardRuns(ref _unfinishedRuns, cause);

    /// <summary>Consecutive connections that failed (timed out, never greeted) decide the rest at this many.</summary>
    public int ConnectFailureLimit { get; init; } = NoRunThreshold;

    /// <summary>A connection that could not be opened or was never greeted; a success in between starts the count again.</summary>
    public void ConnectFailed(Exception cause)
    {
        if (Interlocked.Increment(ref _connectFailures) >= ConnectFailureLimit)
        {
            ConnectionsFail(cause);
        }
    }

    public void ConnectSucceeded() => Interlocked.Exchange(ref _connectFailures, 0);

    public void ConnectionsFail(Exception cause)
    {
        if (Interlocked.CompareExchange(ref _connections, cause, null) is null)
        {
            Tripped?.Invoke(cause);
        }
    }

    private void CountTowardRuns(ref int count, Exception cause)
    {
        if (Interlocked.Increment(ref count) >= NoRunThreshold && Interlocked.CompareExchange(ref _runs, cause, null) is null)
        {
            Tripped?.Invoke(cause);
        }
    }

    public void ThrowIfRunsBroken()
    {
        if (Volatile.Read(ref _runs) is { } cause)
        {
            throw Again(cause, $"decided after {NoRunThreshold} requests of this run ended so");
        }
    }

    public void ThrowIfConnectionsBroken()
    {
        if (Volatile.Read(ref _connections) is { } cause)
        {
            throw Again(cause, "decided by earlier connections of this run");
        }
    }

    /// <summary>The same cause, in its own class, for one more test: its first line only (the whole was printed once when it tripped).</summary>
    private static Exception Again(Exception cause, string decided) => cause switch
    {
        BusinessFailureException b => new BusinessFailureException($"{FirstLine(b.Reason)} ({decided}; this test failed at once)") { RunLevel = true },
        InfrastructureFailureException i => new InfrastructureFailureException($"{FirstLine(i.Reason)} ({decided}; this test failed at once)") { Refusal = i.Refusal, RunLevel = true },
        _ => new InfrastructureFailureException($"{FirstLine(cause.Message)} ({decided}; this test failed at once)") { RunLevel = true },
    };

    private static string FirstLine(string text) => text.Split('\n', 2)[0].TrimEnd('\r', ' ', ';', ':');
}
