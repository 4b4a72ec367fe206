using Xunit;

namespace Netra.E2E.Harness.Session;

/// <summary>
/// Signs of life for long runs: each request sent, its first event and its end, in the test's own output, which the
/// runner shows live (xunit.runner.json: showLiveOutput) between its notices of tests still running (longRunningTestSeconds).
/// </summary>
public static class RunProgress
{
    public static void Sent(string user, string runId) => Write($"{user}: sent the request of run {runId}");

    public static void FirstEvent(string runId, string type, TimeSpan afterRequest) =>
        Write($"run {runId}: first event ({type}) {Durations.Text(afterRequest)} after the request");

    public static void Ended(string runId, string type, int events, TimeSpan afterRequest) =>
        Write($"run {runId}: ended with {type} after {events} event(s), {Durations.Text(afterRequest)} after the request");

    /// <summary>Every <see cref="PulseInterval"/> while a run is awaited: that it still is, and what it has sent so far.</summary>
    public static IAsyncDisposable Pulse(string runId, Func<string> soFar) => new Pulsing(runId, soFar, TestContext.Current.TestOutputHelper);

    public static readonly TimeSpan PulseInterval = TimeSpan.FromSeconds(10);

    private static void Write(string line) => TestContext.Current.TestOutputHelper?.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss} {line}");

    private sealed class Pulsing : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;

        public Pulsing(string runId, Func<string> soFar, ITestOutputHelper? output)
        {
            _loop = output is null ? Task.CompletedTask : LoopAsync(runId, soFar, output);
        }

        private async Task LoopAsync(string runId, Func<string> soFar, ITestOutputHelper output)
        {
            using var timer = new PeriodicTimer(PulseInterval);
            var started = DateTimeOffset.UtcNow;
            try
            {
                while (await timer.WaitForNextTickAsync(_stop.Token))
                {
                    output.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss} run {runId}: still waiting after {Durations.Text(DateTimeOffset.UtcNow - started)}; {soFar()}");
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (InvalidOperationException)
            {
                // The test has ended and its output closed: nothing left to tell.
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _loop;
            _stop.Dispose();
        }
    }
}
