namespace Netra.E2E.Simulator.Hosting;

/// <summary>GET /health and /api/health: healthy JSON as the protocol describes.</summary>
public interface IHealthAnswer
{
    Task<IResult> AnswerAsync(HttpContext context);
}

public sealed class HealthEndpoint(TimeProvider time) : IHealthAnswer
{
    public const string Version = "1.0.0-simulator";

    public static Task<IResult> Handle(IHealthAnswer answer, HttpContext context) => answer.AnswerAsync(context);

    public Task<IResult> AnswerAsync(HttpContext context) => Task.FromResult(Results.Json(Body("healthy")));

    public object Body(string status) => new
    {
        status,
        service = "netra-backend",
        version = Version,
        environment = "simulator",
        timestamp = time.GetUtcNow().ToString("O"),
    };
}
