using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Netra.E2E.Simulator.Connections;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Hosting;
using Netra.E2E.Simulator.Runs;
using Netra.E2E.Simulator.Threads;

namespace Netra.E2E.Simulator.Faults;

/// <summary>Wires the faults in: per-connection selection, and the decorators of the simulator-wide seams.</summary>
public static class FaultServices
{
    public static IServiceCollection AddSimulatorFaults(this IServiceCollection services)
    {
        services.AddTransient<IStartupFilter, UnansweredUpgrade>();
        services.AddSingleton<FaultDecorators>();
        services.AddSingleton<StatedSpends>();
        services.AddSingleton<IConnectionRegistry>(sp => new EavesdroppingRegistry(sp.GetRequiredService<ConnectionRegistry>()));
        services.AddSingleton<IRunExecutor>(sp => CrashAfterRuns.Decorate(IsolationLeaks(sp.GetRequiredService<RunExecutor>(), sp), sp));
        services.AddSingleton<IHealthAnswer>(sp => FaultyHealth.Decorate(sp.GetRequiredService<HealthEndpoint>(), sp));
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, AcceptInvalidTokens.Decorate);
        return services;
    }

    /// <summary>The leaks that need what other connections did: only with fault injection allowed, and silent for a connection without them.</summary>
    private static IRunExecutor IsolationLeaks(IRunExecutor inner, IServiceProvider services) =>
        services.GetRequiredService<IOptions<SimulatorOptions>>().Value.AllowFaultInjection
            ? new RecordStatedSpends(
                new LeakThreadToIntruder(inner, services.GetRequiredService<ThreadStore>(), services.GetRequiredService<IServerDialect>()),
                services.GetRequiredService<StatedSpends>())
            : inner;

    /// <summary>
    /// Reads the faults a /ws handshake asks for before authentication (the auth fault needs them); an unknown name
    /// is refused with 400 and says which.
    /// </summary>
    public static WebApplication UseFaultSelection(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/ws"), branch => branch.Use(async (context, next) =>
        {
            var options = context.RequestServices.GetRequiredService<IOptions<SimulatorOptions>>().Value;
            var faults = ConnectionFaults.Select(context.Request.Headers, options, out var error);
            if (error is not null)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.Response.WriteAsync(error, context.RequestAborted);
                return;
            }

            ConnectionFaults.Attach(context, faults);
            await next(context);
        }));
        return app;
    }
}
