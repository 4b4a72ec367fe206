using Microsoft.Extensions.Options;

namespace Netra.E2E.Simulator.Hosting;

/// <summary>GET /health and /api/health: healthy JSON as the protocol describes.</summary>
public static class HealthEndpoint
{
    public const string Version = "1.0.0-simulator";

    public static async Task<IResult> Handle(TimeProvider time, IOptions<SimulatorOptions> options, HttpContext context)
    {
        var fault = options.Value.AllowFaultInjection ? options.Value.HealthFault : null;
        switch (fault)
        {
            case "503":
                return Results.Json(Body(time, "healthy"), statusCode: StatusCodes.Status503ServiceUnavailable);
            case "unhealthy":
                return Results.Json(Body(time, "unhealthy"));
            case "hang":
                await Task.Delay(Timeout.InfiniteTimeSpan, time, context.RequestAborted);
                return Results.StatusCode(StatusCodes.Status504GatewayTimeout);
            default:
                return Results.Json(Body(time, "healthy"));
        }
    }

    private static object Body(TimeProvider time, string status) => new
    {
        status,
        service = "netra-backend",
        version = Version,
        environment = "simulator",
        timestamp = time.GetUtcNow().ToString("O"),
    };
}
