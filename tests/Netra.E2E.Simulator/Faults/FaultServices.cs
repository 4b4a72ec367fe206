using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Netra.E2E.Simulator.Connections;
using Netra.E2E.Simulator.Hosting;
using Netra.E2E.Simulator.Runs;

namespace Netra.E2E.Simulator.Faults;

/// <summary>Wires the faults in: per-connection selection, and the decorators of the simulator-wide seams.</summary>
public static class FaultServices
{
    public static IServiceCollection AddSimulatorFaults(this IServiceCollection services)
    {
        services.AddSingleton<FaultDecorators>();
        services.AddSingleton<IConnectionRegistry>(sp => new EavesdroppingRegistry(sp.GetRequiredService<ConnectionRegistry>()));
        services.AddSingleton<IRunExecutor>(sp => CrashAfterRuns.Decorate(sp.GetRequiredService<RunExecutor>(), sp));
        services.AddSingleton<IHealthAnswer>(sp => FaultyHealth.Decorate(sp.GetRequiredService<HealthEndpoint>(), sp));
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, AcceptInvalidTokens.Decorate);
        return services;
    }

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
