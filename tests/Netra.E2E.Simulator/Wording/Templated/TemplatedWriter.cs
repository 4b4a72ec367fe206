using Netra.E2E.Simulator.Agents;

namespace Netra.E2E.Simulator.Wording.Templated;

/// <summary>The simulator's fixed wording: the same facts always give the same words, section by section.</summary>
public sealed class TemplatedWriter : IAnswerWriter
{
    public AgentAnswer Write(AnswerFacts facts) => Compose(Sections(facts), facts);

    public static IReadOnlyList<AnswerSection> Sections(AnswerFacts facts) => facts switch
    {
        CostFacts cost => CostTemplate.Sections(cost),
        PerformanceFacts performance => AnalysisTemplates.Performance(performance),
        UsagePatternFacts usage => AnalysisTemplates.UsagePatterns(usage),
        AnomalyFacts anomalies => AnalysisTemplates.Anomalies(anomalies),
        CapacityFacts capacity => AnalysisTemplates.Capacity(capacity),
        CoordinatedFacts coordinated => ConversationTemplates.Coordinated(coordinated),
        _ => ConversationTemplates.Sections(facts),
    };

    /// <summary>The prose is the sections' texts, one after the other, without their headings.</summary>
    public static AgentAnswer Compose(IReadOnlyList<AnswerSection> sections, AnswerFacts facts) =>
        new(string.Join("\n", sections.Select(s => s.Text)), facts.Recommendations, facts.Metrics) { Sections = sections };

    public static string Lines(IEnumerable<string> lines) => string.Join("\n", lines);
}
