using Microsoft.Extensions.Options;
using Netra.E2E.Simulator.Hosting;

namespace Netra.E2E.Simulator.Faults;

/// <summary>
/// NeverUpgrades: GET /ws is never answered; the request waits until the client (or the host) gives up, then ends with
/// that cancellation. It runs outside every other middleware (a startup filter) because the development exception page
/// would turn the cancellation into a 499 response, which an in-process client would read as a refused handshake.
/// </summary>
public sealed class UnansweredUpgrade(IOptions<SimulatorOptions> options) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, rest) =>
        {
            if (context.Request.Path.StartsWithSegments("/ws") &&
                ConnectionFaults.Select(context.Request.Headers, options.Value, out _).Has(SimulatorFault.NeverUpgrades))
            {
                await HangAsync(context);
            }

            await rest(context);
        });
        next(app);
    };

    /// <summary>Waits until the request is aborted or the simulator stops, and throws that cancellation.</summary>
    public static async Task HangAsync(HttpContext context)
    {
        var time = context.RequestServices.GetRequiredService<TimeProvider>();
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var released = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        await Task.Delay(Timeout.InfiniteTimeSpan, time, released.Token);
    }
}
