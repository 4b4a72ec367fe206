namespace Netra.E2E.Simulator.Hosting;

/// <summary>GET /health and /api/health: healthy JSON as the protocol describes.</summary>
public static class HealthEndpoint
{
    public const string Version = "1.0.0-simulator";

    public static IResult Handle(TimeProvider time) => Results.Json(new
    {
        status = "healthy",
        service = "netra-backend",
        version = Version,
        environment = "simulator",
        timestamp = time.GetUtcNow().ToString("O"),
    });
}
