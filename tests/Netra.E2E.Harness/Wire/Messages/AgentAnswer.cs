namespace Netra.E2E.Harness.Wire.Messages;

/// <summary>What agent_completed delivers: the prose, the recommendations and the named figures.</summary>
public sealed record AgentAnswer(
    string Content,
    IReadOnlyList<Recommendation> Recommendations,
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyList<string> ToolsUsed)
{
    public static readonly AgentAnswer None = new("", [], new Dictionary<string, double>(), []);

    /// <summary>The words a user reads: the prose and the recommendations' titles and details; never tool names, metric keys or JSON.</summary>
    public string Prose => string.Join("\n", Recommendations.SelectMany(r => new[] { r.Title, r.Detail }).Prepend(Content).Where(t => t.Length > 0));
}

public sealed record Recommendation(string Title, string Detail, decimal? EstimatedMonthlySavingsUsd, string? Priority);
