using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Tests.Support;
using Netra.E2E.Simulator.Wording;

namespace Netra.E2E.Simulator.Tests.Wording;

/// <summary>The facts every wording of an answer must keep, checked from its words alone.</summary>
public static class FactChecks
{
    /// <summary>The spend stated back; a saving and a projected cost in the prose that add up to it; cost and savings spoken of.</summary>
    public static void CostFigures(Violations violations, int seed, AgentAnswer answer, CostFacts facts)
    {
        var text = answer.Content;
        var dollars = ProseReader.Dollars(text);
        violations.Check(dollars.Contains(facts.Spend), seed, $"states the spend {facts.Spend}", text);
        violations.Check(dollars.Any(s => s > 0 && s < facts.Spend && dollars.Contains(facts.Spend - s)), seed, "a positive saving below the spend, and projected = spend - saving", text);
        violations.Check(dollars.Contains(facts.Savings) && dollars.Contains(facts.Projected), seed, "the agent's own saving and projected cost", text);
        violations.Check(ProseReader.Mentions(text, "cost") && ProseReader.Mentions(text, "saving", "save"), seed, "speaks of cost and savings", text);
    }

    /// <summary>
    /// Recommendations in the structure, in a numbered list (each line its own saving first), or both; only they are
    /// listed; however reworded, each keeps the product it names and its key word.
    /// </summary>
    public static void Recommendations(Violations violations, int seed, AgentAnswer answer, IReadOnlyList<Recommendation> facts)
    {
        var text = answer.Content;
        var items = ProseReader.ListItems(text);
        violations.Check(items.Count == 0 || items.Count == facts.Count, seed, $"lists only the {facts.Count} recommendations", text);
        violations.Check(answer.Recommendations.Count > 0 || items.Count == facts.Count, seed, "gives the recommendations somewhere", text);
        for (var i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            if (items.Count == facts.Count && fact.EstimatedMonthlySavingsUsd is { } saving)
            {
                violations.Check(ProseReader.Dollars(items[i]).FirstOrDefault() == saving, seed, $"line {i + 1} carries its saving {saving} first", items[i]);
            }

            if (answer.Recommendations.Count > 0)
            {
                violations.Check(answer.Recommendations[i].EstimatedMonthlySavingsUsd == fact.EstimatedMonthlySavingsUsd, seed, $"structured saving {i + 1}", text);
            }

            var named = answer.Recommendations.Count > 0 ? answer.Recommendations[i].Title : items[i];
            violations.Check(AnswerSamples.KeepsSubject(named, fact.Title), seed, $"'{named}' keeps the subject of '{fact.Title}'", text);
        }
    }
}
