namespace Netra.E2E.Harness.Wire.Messages;

/// <summary>What agent_completed delivers: the prose, the recommendations and the named figures.</summary>
public sealed record AgentAnswer(
    string Content,
    IReadOnlyList<Recommendation> Recommendations,
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyList<string> ToolsUsed,
    string AllText)
{
    public static readonly AgentAnswer None = new("", [], new Dictionary<string, double>(), [], "");
}

public sealed record Recommendation(string Title, string Detail, decimal? EstimatedMonthlySavingsUsd, string? Priority);
