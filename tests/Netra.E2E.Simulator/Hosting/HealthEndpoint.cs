using System.Text.Json.Nodes;
using Netra.E2E.Simulator.Dialects;

namespace Netra.E2E.Simulator.Hosting;

/// <summary>GET /health and /api/health: the dialect's healthy body, plus what this simulator is.</summary>
public interface IHealthAnswer
{
    Task<IResult> AnswerAsync(HttpContext context);
}

public sealed class HealthEndpoint(IServerDialect dialect, SimulatorIdentity identity) : IHealthAnswer
{
    public const string SimulatorField = "simulator";

    public static Task<IResult> Handle(IHealthAnswer answer, HttpContext context) => answer.AnswerAsync(context);

    public Task<IResult> AnswerAsync(HttpContext context) => Task.FromResult(Results.Json(Body("healthy")));

    /// <summary>The dialect's body for this status; clients ignore fields they do not know, so the simulator's own ride along.</summary>
    public JsonObject Body(string status)
    {
        var body = dialect.HealthBody(status);
        body[SimulatorField] = identity.ToJson();
        return body;
    }
}
