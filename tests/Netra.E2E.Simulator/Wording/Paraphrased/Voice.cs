using Netra.E2E.Simulator.Agents;

namespace Netra.E2E.Simulator.Wording.Paraphrased;

/// <summary>Where an answer's recommendations go: the structured list, a numbered list in the prose, or both.</summary>
public enum RecommendationForm { Structured, Prose, Both }

public enum HeadingStyle { Markdown, Bold, Colon, None }

/// <summary>
/// One answer's way of speaking, chosen once from its seed (figure styles, headings, where recommendations go, how each
/// title is reworded) and kept through the answer, with fresh choices of words sentence by sentence.
/// </summary>
public sealed class Voice(Phrasing phrasing)
{
    private readonly Dictionary<string, string> _titles = new(StringComparer.Ordinal);

    public MoneyStyle Money { get; } = phrasing.Pick(Enum.GetValues<MoneyStyle>());
    public PercentStyle Percents { get; } = phrasing.Pick(Enum.GetValues<PercentStyle>());
    public HeadingStyle Headings { get; } = phrasing.Pick(Enum.GetValues<HeadingStyle>());
    public RecommendationForm Recommendations { get; } = phrasing.Pick(Enum.GetValues<RecommendationForm>());

    public bool ListsInProse => Recommendations != RecommendationForm.Structured;

    public T Pick<T>(params T[] options) => phrasing.Pick(options);

    public bool Chance(double probability) => phrasing.Chance(probability);

    public IReadOnlyList<T> Shuffle<T>(IEnumerable<T> items) => phrasing.Shuffle(items);

    public string Usd(decimal amount) => FigureWording.Usd(amount, Money);

    public string Percent(decimal value, string format = "0.#") => FigureWording.Percent(value, Percents, format);

    public string Percent(int value) => FigureWording.Percent(value, Percents, "0");

    /// <summary>"I recommend", "I suggest" or "you should consider", capitalised at the start of a sentence.</summary>
    public string Advice(bool sentenceStart = true)
    {
        var advice = phrasing.Pick("I recommend", "I suggest", "you should consider", "I would recommend");
        return sentenceStart ? char.ToUpperInvariant(advice[0]) + advice[1..] : advice;
    }

    /// <summary>The recommendation's title as this answer words it, the same each time it comes up.</summary>
    public string Title(Recommendation recommendation)
    {
        if (!_titles.TryGetValue(recommendation.Title, out var title))
        {
            title = TitleWording.Reword(recommendation.Title, phrasing);
            _titles[recommendation.Title] = title;
        }

        return title;
    }

    /// <summary>The provider in one of its names; the unnamed provider is just "cloud".</summary>
    public string Provider(CloudProvider provider) => provider.Name switch
    {
        "AWS" => phrasing.Pick("AWS", "aws", "Amazon Web Services", "Amazon Web Services (AWS)"),
        "Azure" => phrasing.Pick("Azure", "Microsoft Azure", "microsoft azure", "azure"),
        "GCP" => phrasing.Pick("GCP", "Google Cloud", "Google Cloud Platform", "google cloud"),
        _ => "cloud",
    };

    /// <summary>"your AWS environment", "your Google Cloud estate", ...</summary>
    public string Environment(CloudProvider provider) =>
        $"your {Provider(provider)} {phrasing.Pick("environment", "account", "estate", "infrastructure", "setup")}";

    /// <summary>The recommendations as this answer gives them in its structured field: reworded, or none when they are only in the prose.</summary>
    public IReadOnlyList<Recommendation> Structured(IReadOnlyList<Recommendation> recommendations) =>
        Recommendations == RecommendationForm.Prose ? [] : recommendations.Select(r => r with { Title = Title(r) }).ToArray();
}
