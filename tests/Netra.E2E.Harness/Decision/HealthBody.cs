using System.Text.Json;

namespace Netra.E2E.Harness.Decision;

/// <summary>
/// What a health body says: its status, and who answered (service, version and, for the simulator, its dialect, answer
/// style and seed, so a failing run can be replayed). A 200 whose status is healthy, ok, up or pass is healthy.
/// </summary>
public sealed record HealthBody(string? Status, string? Service, string? Version, string? Simulator)
{
    private static readonly string[] HealthyStatuses = ["healthy", "ok", "up", "pass"];

    public bool SaysHealthy => Status is not null && HealthyStatuses.Contains(Status.Trim(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The answering backend in one phrase, e.g. "netra-ai-platform 1.0.0 (simulator: staging dialect, paraphrased answers, seed 7)".</summary>
    public string Identity => $"{Service ?? "unnamed service"} {Version ?? "(no version)"}{(Simulator is null ? "" : $" (simulator: {Simulator})")}";

    public static HealthBody Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return root.ValueKind != JsonValueKind.Object
                ? new HealthBody(null, null, null, null)
                : new HealthBody(Text(root, "status"), Text(root, "service"), Text(root, "version"), SimulatorOf(root));
        }
        catch (JsonException)
        {
            return new HealthBody(null, null, null, null);
        }
    }

    private static string? SimulatorOf(JsonElement root) =>
        root.TryGetProperty("simulator", out var simulator) && simulator.ValueKind == JsonValueKind.Object
            ? $"{Text(simulator, "dialect")} dialect, {Text(simulator, "answer_style")} answers, seed {(simulator.TryGetProperty("seed", out var seed) ? seed.GetRawText() : "?")}"
            : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText() : null;
}
