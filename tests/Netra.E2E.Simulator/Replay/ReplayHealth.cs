using System.Text.Json.Nodes;
using Netra.E2E.Simulator.Hosting;

namespace Netra.E2E.Simulator.Replay;

/// <summary>GET /health in replay: healthy while the cassette directory is there, with how many cassettes it holds.</summary>
public sealed class ReplayHealth(CassetteLibrary cassettes, ReplayOptions options)
{
    public const string Service = "netra-replay";

    public IResult Answer()
    {
        int count;
        try
        {
            count = cassettes.Count;
        }
        catch (DirectoryNotFoundException)
        {
            return Results.Json(
                new JsonObject { ["status"] = "unhealthy", ["service"] = Service, ["message"] = $"the cassette directory {cassettes.Directory} is gone" },
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Json(new JsonObject
        {
            ["status"] = "healthy",
            ["service"] = Service,
            ["cassettes"] = count,
            [HealthEndpoint.SimulatorField] = new JsonObject { ["mode"] = "replay", ["speed"] = options.Speed },
        });
    }
}
