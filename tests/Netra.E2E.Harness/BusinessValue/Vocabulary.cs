namespace Netra.E2E.Harness.BusinessValue;

/// <summary>
/// The faithful ways a language model says what the catalogue's words say: "you should consider" for "recommend",
/// "Amazon Web Services" for "AWS". A catalogue word counts as mentioned when any of its wordings appears. Only words
/// whose lists in the catalogue do not already hold their synonyms are widened, so no wording counts twice. The lists are
/// built on each use rather than once, so mutation testing can change them while tests run.
/// </summary>
public static class Vocabulary
{
    private static Dictionary<string, string[]> Wordings => new(StringComparer.OrdinalIgnoreCase)
    {
        ["recommend"] = ["recommend", "suggest", "should", "consider", "advise", "propose"],
        ["saving"] = ["saving", "save", "reduc", "cut ", "lower"],
        ["implement"] = ["implement", "roll out", "rollout", "deploy", "put in place"],
        ["forecast"] = ["forecast", "project", "predict", "expect"],
        ["capacity"] = ["capacity", "headroom"],
        ["anomal"] = ["anomal", "outlier", "spike", "unusual"],
        ["insight"] = ["insight", "finding", "observ"],
        ["shows"] = ["shows", "show ", "indicat", "suggest", "reveal", "demonstrat", "points to"],
        ["cannot find"] = ["cannot find", "can't find", "could not find", "couldn't find", "unable to find", "not found", "does not exist", "doesn't exist",
            "unknown service", "no service named", "no such service", "not in your account", "does not have a service", "doesn't have a service", "has no service"],
    };

    private static Dictionary<string, string[]> Providers => new(StringComparer.OrdinalIgnoreCase)
    {
        ["AWS"] = ["aws", "amazon web services", "amazon"],
        ["GCP"] = ["gcp", "google cloud", "google cloud platform"],
    };

    /// <summary>Every wording of a catalogue word, the word itself first.</summary>
    public static IReadOnlyList<string> WordingsOf(string word) => Wordings.TryGetValue(word, out var all) ? [word, .. all] : [word];

    /// <summary>Every name of a cloud provider, in lower case; a provider whose every name contains its own ("Microsoft Azure") needs no entry.</summary>
    public static IReadOnlyList<string> NamesOf(string provider) => Providers.TryGetValue(provider, out var names) ? names : [provider.ToLowerInvariant()];
}
