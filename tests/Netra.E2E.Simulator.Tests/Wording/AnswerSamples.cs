using System.Text.Json;
using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Threads;
using Netra.E2E.Simulator.Wording;
using Netra.E2E.Simulator.Wording.Paraphrased;

namespace Netra.E2E.Simulator.Tests.Wording;

/// <summary>The catalogue's questions as the agents answer them (facts), for the wording tests.</summary>
public static class AnswerSamples
{
    public const string FullPipeline =
        "Perform complete cost optimization analysis including: 1) current cost breakdown by service 2) optimization opportunities with savings estimates " +
        "3) implementation roadmap with priorities 4) ROI calculations and payback period";

    public static readonly IReadOnlyList<int> Seeds = Enumerable.Range(1, 200).ToArray();

    private static readonly AgentCatalog Catalog = new();

    public static AnswerFacts Facts(string? agent, string question, string parameters = "{}", IReadOnlyList<ThreadTurn>? history = null)
    {
        using var json = JsonDocument.Parse(parameters);
        return Catalog.Plan(agent, RequestProfile.From(question, json.RootElement.Clone()), history ?? [])!.Facts;
    }

    /// <summary>Everything a client reads of an answer: the prose and the structured recommendations.</summary>
    public static string AllText(AgentAnswer answer) =>
        string.Join("\n", answer.Recommendations.Select(r => $"{r.Title}\n{r.Detail}").Prepend(answer.Content));

    /// <summary>A wording of a recommendation names what the canonical title names: its product and its key word.</summary>
    public static bool KeepsSubject(string wording, string canonicalTitle) =>
        !TitleWording.Table.TryGetValue(canonicalTitle, out var rewording)
            ? wording.Contains(canonicalTitle, StringComparison.OrdinalIgnoreCase)
            : rewording.Keeps.All(k => wording.Contains(k, StringComparison.OrdinalIgnoreCase));
}
