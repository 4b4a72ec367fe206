using Netra.E2E.Simulator.Agents;

namespace Netra.E2E.Simulator.Wording.Templated;

/// <summary>The fixed words of follow-ups, of requests that cannot be served as asked, and of the contract's supervisor.</summary>
public static class ConversationTemplates
{
    public static IReadOnlyList<AnswerSection> Sections(AnswerFacts facts) => facts switch
    {
        OpportunityDetailsFacts d =>
        [
            new("First opportunity", TemplatedWriter.Lines(
            [
                $"More details on the first opportunity from my previous answer, \"{d.First.Title}\" ({Money.Usd(d.MonthlySavings)}/month):",
                d.First.Detail,
                $"Steps: 1. list the affected resources and their utilisation; 2. implement the change in staging for one week; 3. roll it out and confirm the {Money.Usd(d.MonthlySavings)} monthly saving on the next bill.",
                "Risk is low: the change is reversible and keeps capacity for peaks.",
            ])),
        ],
        TimelineFacts t =>
        [
            new("Timeline", $"Implementation timeline and expected ROI for the {t.Roadmap.Phases.Count} opportunities we discussed:"),
            CostTemplate.Roadmap(t.Roadmap),
            CostTemplate.Roi(t.Roi),
        ],
        NoEarlierAnswerFacts => Answer(
            "There is no earlier answer in this thread to refer to. Ask for a cost or performance analysis first, and I will then detail any opportunity or its ROI."),
        ServiceNotFoundFacts s => Answer(
            $"I cannot find a service named '{s.Service}' in your account, so there is nothing to optimize for it. Check the service name, or ask for an analysis of all services."),
        UnclearRequestFacts => Answer(
            "I could not interpret the request: it looks like an incomplete JSON fragment rather than a question. Describe what you want analysed, for example \"Analyze my AWS costs\"."),
        _ => throw new ArgumentOutOfRangeException(nameof(facts), facts.GetType().Name, "No template for these facts."),
    };

    public static IReadOnlyList<AnswerSection> Coordinated(CoordinatedFacts f) =>
    [
        new("Overview", "Comprehensive system analysis, coordinated across a data agent and an optimization agent."),
        new("Data analysis", "Data analysis:\n" + TemplatedWriter.Compose(AnalysisTemplates.UsagePatterns(f.Data), f.Data).Content),
        new("Optimization recommendations", "Optimization recommendations:\n" + TemplatedWriter.Compose(CostTemplate.Sections(f.Optimization), f.Optimization).Content),
        CostTemplate.Roadmap(f.Roadmap),
    ];

    private static IReadOnlyList<AnswerSection> Answer(string text) => [new("Answer", text)];
}
