using Netra.E2E.Simulator.Agents;

namespace Netra.E2E.Simulator.Wording.Paraphrased;

/// <summary>A roadmap in phases with weeks and priorities, and the return on the investment, in words of the answer's voice.</summary>
public static class RoadmapProse
{
    public static AnswerSection Roadmap(Voice voice, Roadmap roadmap)
    {
        var form = voice.Pick(0, 1, 2);
        var lines = roadmap.Phases.Select(p =>
        {
            var title = voice.Title(p.Recommendation);
            return form switch
            {
                0 => $"Phase {p.Number} (weeks {p.FirstWeek}-{p.LastWeek}, priority {p.Priority}): implement \"{title}\" and verify the savings on the next bill.",
                1 => $"Phase {p.Number}, weeks {p.FirstWeek} to {p.LastWeek} ({p.Priority} priority): {RecommendationProse.LowerFirst(title)}, then confirm the saving on the following invoice.",
                _ => $"Phase {p.Number} (weeks {p.FirstWeek}-{p.LastWeek}) has {p.Priority} priority: roll out \"{title}\".",
            };
        });
        var intro = voice.Pick("Implementation roadmap, by priority:", "Here is how I would phase the implementation:", "A phased implementation plan, highest priority first:");
        var close = voice.Pick(
            "Action: give each phase an owner and review the plan every month.",
            "Assign an owner per phase and check progress monthly.",
            "Each phase should have one owner; review the plan monthly.");
        return new(voice.Pick("Implementation roadmap", "Roadmap", "Rollout plan"), string.Join("\n", [intro, .. lines, close]));
    }

    public static AnswerSection Roi(Voice voice, ReturnOnInvestment roi)
    {
        var investment = voice.Usd(roi.Investment);
        var annual = voice.Usd(roi.AnnualReturn);
        var payback = roi.PaybackMonths.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
        var first = voice.Percent(roi.FirstYearPercent, "0");
        return new(voice.Pick("ROI", "Return on investment", "Payback"), voice.Pick(
            $"ROI: a one-time investment of about {investment} in engineering time returns {annual} a year, a payback period of {payback} months and a first-year return on investment of {first}.",
            $"The work costs roughly {investment} once and saves {annual} per year, so the payback comes after {payback} months; first-year ROI is {first}.",
            $"Expect a payback period of {payback} months: about {investment} of engineering effort against {annual} of savings a year (first-year ROI {first})."));
    }
}
