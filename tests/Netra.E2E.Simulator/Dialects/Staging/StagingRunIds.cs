using Netra.E2E.Simulator.Hosting;

namespace Netra.E2E.Simulator.Dialects.Staging;

/// <summary>
/// The deployed backend names every run itself, run_thread_session_&lt;n&gt;_&lt;hex&gt;_&lt;n&gt;_&lt;hex&gt;, whatever
/// run id the client sent; request ids are derived from the run's.
/// </summary>
public sealed class StagingRunIds(TimeProvider time, IIdSource ids)
{
    private int _count;

    public string Next()
    {
        var n = Interlocked.Increment(ref _count);
        return $"run_thread_session_{n}_{Hex8(ids.Next("thread"))}_{time.GetUtcNow().ToUnixTimeSeconds()}_{Hex8(ids.Next("run"))}";
    }

    public static string RequestIdOf(string runId) => $"req_{Hex8(runId)}";

    private static string Hex8(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash.ToString("x8");
    }
}
