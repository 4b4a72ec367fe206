using Netra.E2E.Simulator.Agents;

namespace Netra.E2E.Simulator.Wording.Paraphrased;

/// <summary>Follow-ups (keeping the thread's figures exactly), requests that cannot be served as asked, and the contract's supervisor.</summary>
public static class ConversationProse
{
    public static IReadOnlyList<AnswerSection> Sections(Voice voice, AnswerFacts facts) => facts switch
    {
        OpportunityDetailsFacts d => [Details(voice, d)],
        TimelineFacts t =>
        [
            new(voice.Pick("Timeline", "Implementation timeline"), voice.Pick(
                $"Here is the implementation timeline and the expected ROI for the {t.Roadmap.Phases.Count} opportunities we discussed; together they save {voice.Usd(t.Roi.MonthlySavings)} a month.",
                $"Implementation timeline for the {t.Roadmap.Phases.Count} opportunities from my earlier answer, which together save {voice.Usd(t.Roi.MonthlySavings)} per month, and what they return:")),
            .. voice.Shuffle([RoadmapProse.Roadmap(voice, t.Roadmap), RoadmapProse.Roi(voice, t.Roi)]),
        ],
        NoEarlierAnswerFacts => Answer(voice.Pick(
            "There is no earlier answer in this thread to build on. Ask me for a cost or performance analysis first; then I can detail any opportunity or its ROI.",
            "This thread has no earlier analysis I could refer to. Start with a cost or performance question, and I will then go into any opportunity or its ROI.")),
        ServiceNotFoundFacts s => Answer(voice.Pick(
            $"I cannot find a service named '{s.Service}' in your account, so there is nothing to optimize for it.",
            $"I could not find any service called '{s.Service}', so I have nothing to optimize there.",
            $"Your account does not have a service named '{s.Service}', so there is nothing to optimize for it.") +
            " " + voice.Pick("Check the service name, or ask me to analyse all services.", "Please check the name, or ask for an analysis of every service.")),
        UnclearRequestFacts => Answer(voice.Pick(
            "I could not interpret the request: it looks like an incomplete JSON fragment rather than a question. Tell me what you want analysed, for example \"Analyze my cloud costs\".",
            "That request reads like a cut-off JSON fragment, not a question, so I could not interpret it. Describe what to analyse, for instance \"Analyze my cloud costs\".")),
        _ => throw new ArgumentOutOfRangeException(nameof(facts), facts.GetType().Name, "No paraphrase for these facts."),
    };

    public static IReadOnlyList<AnswerSection> Coordinated(Voice voice, CoordinatedFacts f) =>
    [
        new("Overview", voice.Pick(
            "A comprehensive system analysis, coordinated across a data agent and an optimization agent.",
            "I split this comprehensive analysis between a data agent and an optimization agent; here is what both found.")),
        new("Data analysis", Joined(AnalysisProse.UsagePatterns(voice, f.Data))),
        new("Optimization recommendations", Joined(CostProse.Sections(voice, f.Optimization))),
        RoadmapProse.Roadmap(voice, f.Roadmap),
    ];

    private static AnswerSection Details(Voice voice, OpportunityDetailsFacts d)
    {
        var title = voice.Title(d.First);
        var saving = voice.Usd(d.MonthlySavings);
        var opening = voice.Pick(
            $"More details on the first opportunity from my previous answer, {title} ({saving}/month):",
            $"You asked about the first opportunity: {title}, worth about {saving} per month.",
            $"The first opportunity I listed was {title}, saving {saving} a month. In detail:");
        var steps = voice.Pick(
            $"To do it: list the affected resources and their utilisation, implement the change in staging for one week, then roll it out and confirm the {saving} monthly saving on the next bill.",
            $"The steps are to inventory the affected resources, try the change in staging for a week, and roll it out, checking the {saving} monthly saving on the next bill.");
        var risk = voice.Pick("Risk is low: the change is reversible and keeps capacity for peaks.", "The risk is small, since the change can be reversed and leaves headroom for peaks.");
        return new(voice.Pick("First opportunity", "The first opportunity in detail"), string.Join("\n", opening, d.First.Detail, steps, risk));
    }

    private static IReadOnlyList<AnswerSection> Answer(string text) => [new("Answer", text)];

    private static string Joined(IReadOnlyList<AnswerSection> sections) => string.Join("\n", sections.Select(s => s.Text));
}
