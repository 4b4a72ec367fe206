using Netra.E2E.Simulator.Agents;

namespace Netra.E2E.Simulator.Wording.Paraphrased;

/// <summary>
/// Words the same facts differently on every run, as a language model does: the seed and a per-run counter pick each
/// answer's voice, so two runs of a question differ while one seed reproduces a whole sequence of runs.
/// </summary>
public sealed class ParaphrasedWriter(int seed) : IAnswerWriter
{
    private int _runs;

    public int Seed => seed;

    public AgentAnswer Write(AnswerFacts facts)
    {
        var voice = new Voice(new Phrasing(Phrasing.SeedOf(seed, Interlocked.Increment(ref _runs))));
        var sections = facts switch
        {
            CostFacts cost => CostProse.Sections(voice, cost),
            PerformanceFacts performance => AnalysisProse.Performance(voice, performance),
            UsagePatternFacts usage => AnalysisProse.UsagePatterns(voice, usage),
            AnomalyFacts anomalies => AnalysisProse.Anomalies(voice, anomalies),
            CapacityFacts capacity => AnalysisProse.Capacity(voice, capacity),
            CoordinatedFacts coordinated => ConversationProse.Coordinated(voice, coordinated),
            _ => ConversationProse.Sections(voice, facts),
        };
        return new AgentAnswer(Render(voice, sections), voice.Structured(facts.Recommendations), facts.Metrics) { Sections = sections };
    }

    /// <summary>The prose as one text: each section under its heading in the answer's heading style, a blank line between.</summary>
    private static string Render(Voice voice, IReadOnlyList<AnswerSection> sections) => string.Join("\n\n", sections.Select(s => voice.Headings switch
    {
        HeadingStyle.Markdown => $"## {s.Heading}\n{s.Text}",
        HeadingStyle.Bold => $"**{s.Heading}**\n{s.Text}",
        HeadingStyle.Colon => $"{s.Heading}:\n{s.Text}",
        _ => s.Text,
    }));
}
