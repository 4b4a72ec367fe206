using Netra.E2E.Simulator.Agents;

namespace Netra.E2E.Simulator.Wording;

/// <summary>One part of an answer's prose under its heading.</summary>
public sealed record AnswerSection(string Heading, string Text);

/// <summary>
/// An answer as the user reads it: the prose (whole, and section by section), the recommendations as written, and the
/// named metrics. Written from an agent's facts by the configured writer; a dialect puts it into fields.
/// </summary>
public sealed record AgentAnswer(string Content, IReadOnlyList<Recommendation> Recommendations, IReadOnlyDictionary<string, double> Metrics)
{
    public static readonly AgentAnswer Empty = new("Request processed.", [], new Dictionary<string, double>()) { Sections = [new("Answer", "Request processed.")] };

    /// <summary>The whole prose, part by part; empty when the answer was not written in parts.</summary>
    public IReadOnlyList<AnswerSection> Sections { get; init; } = [];
}
