using Microsoft.Extensions.Options;
using Netra.E2E.Simulator.Connections;
using Netra.E2E.Simulator.Hosting;
using Netra.E2E.Simulator.Runs;

namespace Netra.E2E.Simulator.Faults;

/// <summary>Simulator:CrashAfterRuns: once this many runs have started, the next stops the whole simulator (a backend lost mid-run).</summary>
public sealed class CrashAfterRuns(IRunExecutor inner, int runs, IHostApplicationLifetime lifetime, ILogger<CrashAfterRuns> logger) : IRunExecutor
{
    private int _started;

    public static IRunExecutor Decorate(IRunExecutor inner, IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<SimulatorOptions>>().Value;
        return options is { AllowFaultInjection: true, CrashAfterRuns: { } runs }
            ? new CrashAfterRuns(inner, runs, services.GetRequiredService<IHostApplicationLifetime>(), services.GetRequiredService<ILogger<CrashAfterRuns>>())
            : inner;
    }

    public Task Start(ChatConnection origin, RunRequest request)
    {
        if (Interlocked.Increment(ref _started) > runs)
        {
            logger.LogWarning("Simulated crash: stopping after {Runs} runs", runs);
            lifetime.StopApplication();
            origin.Abort();
            return Task.CompletedTask;
        }

        return inner.Start(origin, request);
    }
}
