namespace Netra.E2E.Simulator.Agents;

/// <summary>
/// What an agent decided, before any words: figures, recommendations, named metrics. A writer (Wording/) turns the facts
/// into prose; the thread remembers the facts, so a follow-up keeps the earlier figures whatever the wording was.
/// </summary>
public abstract record AnswerFacts
{
    public IReadOnlyList<Recommendation> Recommendations { get; init; } = [];

    public IReadOnlyDictionary<string, double> Metrics { get; init; } = new Dictionary<string, double>();
}

/// <summary>Turn 2 of a thread: the first opportunity of the earlier answer, in detail.</summary>
public sealed record OpportunityDetailsFacts(Recommendation First) : AnswerFacts
{
    public decimal MonthlySavings => First.EstimatedMonthlySavingsUsd ?? 0;
}

/// <summary>A later turn: when to implement the opportunities discussed, and what they return.</summary>
public sealed record TimelineFacts(Roadmap Roadmap, ReturnOnInvestment Roi) : AnswerFacts;

/// <summary>A follow-up in a thread with no earlier answer to build on.</summary>
public sealed record NoEarlierAnswerFacts : AnswerFacts;

/// <summary>The request names a service the account does not have.</summary>
public sealed record ServiceNotFoundFacts(string Service) : AnswerFacts;

/// <summary>The request is a broken JSON fragment rather than a question.</summary>
public sealed record UnclearRequestFacts : AnswerFacts;

/// <summary>The contract's supervisor: a data agent's findings and an optimization agent's, with one implementation plan.</summary>
public sealed record CoordinatedFacts(UsagePatternFacts Data, CostFacts Optimization, Roadmap Roadmap) : AnswerFacts;
