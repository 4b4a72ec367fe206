using Microsoft.Extensions.Options;
using Netra.E2E.Simulator.Hosting;

namespace Netra.E2E.Simulator.Faults;

/// <summary>The health endpoint as Simulator:HealthFault bends it (only with fault injection allowed).</summary>
public sealed class FaultyHealth(HealthEndpoint healthy, HealthFault fault, TimeProvider time) : IHealthAnswer
{
    public static IHealthAnswer Decorate(HealthEndpoint healthy, IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<SimulatorOptions>>().Value;
        return options is { AllowFaultInjection: true, HealthFault: not HealthFault.None }
            ? new FaultyHealth(healthy, options.HealthFault, services.GetRequiredService<TimeProvider>())
            : healthy;
    }

    public async Task<IResult> AnswerAsync(HttpContext context)
    {
        switch (fault)
        {
            case HealthFault.ServiceUnavailable:
                return Results.Json(healthy.Body("healthy"), statusCode: StatusCodes.Status503ServiceUnavailable);
            case HealthFault.UnhealthyBody:
                return Results.Json(healthy.Body("unhealthy"));
            case HealthFault.StatusOk:
                return Results.Json(healthy.Body("ok"));
            case HealthFault.NeverAnswers:
                await Task.Delay(Timeout.InfiniteTimeSpan, time, context.RequestAborted);
                return Results.StatusCode(StatusCodes.Status504GatewayTimeout);
            default:
                return await healthy.AnswerAsync(context);
        }
    }
}
