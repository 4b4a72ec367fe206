using Netra.E2E.Simulator.Agents;

namespace Netra.E2E.Simulator.Wording.Paraphrased;

/// <summary>
/// Recommendations in the prose: a numbered list when the answer gives them in its text (each line its saving first,
/// before any other figure), else one sentence naming them in order. Only recommendations are ever listed.
/// </summary>
public static class RecommendationProse
{
    public static string Write(Voice voice, IReadOnlyList<Recommendation> recommendations) =>
        voice.ListsInProse ? Numbered(voice, recommendations) : Sentence(voice, recommendations);

    public static string LowerFirst(string title) =>
        title.Length > 1 && char.IsLower(title[1]) ? char.ToLowerInvariant(title[0]) + title[1..] : title;

    private static string Numbered(Voice voice, IReadOnlyList<Recommendation> recommendations)
    {
        var withSavings = voice.Pick(0, 1, 2);
        var without = voice.Pick(0, 1, 2);
        var priorities = voice.Chance(0.4);
        return string.Join("\n", recommendations.Select((r, i) =>
        {
            var title = voice.Title(r);
            var line = r.EstimatedMonthlySavingsUsd is { } saving
                ? withSavings switch
                {
                    0 => $"{i + 1}. {title}: {voice.Usd(saving)} per month. {r.Detail}",
                    1 => $"{i + 1}) {title} (saves about {voice.Usd(saving)} a month): {r.Detail}",
                    _ => $"{i + 1}. {title} — about {voice.Usd(saving)}/month. {r.Detail}",
                }
                : without switch
                {
                    0 => $"{i + 1}. {title}: {r.Detail}",
                    1 => $"{i + 1}) {title} — {r.Detail}",
                    _ => $"{i + 1}. {title}. {r.Detail}",
                };
            return priorities && r.Priority is not null ? $"{line} Priority: {r.Priority}." : line;
        }));
    }

    private static string Sentence(Voice voice, IReadOnlyList<Recommendation> recommendations)
    {
        var named = recommendations.Select(r => r.EstimatedMonthlySavingsUsd is { } saving
            ? $"{LowerFirst(voice.Title(r))} ({voice.Usd(saving)} a month)"
            : LowerFirst(voice.Title(r))).ToArray();
        if (named.Length == 1)
        {
            return $"The one change that matters: {named[0]}.";
        }

        var series = string.Join(", ", named[..^1]) + " and " + named[^1];
        return voice.Pick(
            $"In order of priority: {series}.",
            $"The list, from the most important: {series}.",
            $"First {named[0]}, then {string.Join(", then ", named[1..])}.");
    }
}
