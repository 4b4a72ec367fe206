namespace Netra.E2E.Harness.Drift;

/// <summary>
/// What drift compares of one test's traffic: per session its handshake, close, the server's event types in order,
/// error codes and the answers' recognised facts; over the whole test, the fields (with JSON types) and the tolerated
/// forms (the dialect's notes) per event type, and whether the server pinged. Never text, ids, timing or counts of
/// repeated thinking.
/// </summary>
public sealed record TrafficShape(
    IReadOnlyDictionary<string, SessionShape> Sessions,
    IReadOnlyDictionary<string, IReadOnlySet<string>> FieldsByType,
    IReadOnlyDictionary<string, IReadOnlySet<string>> FormsByType,
    bool ServerPings);

/// <summary>One session's shape, found by its key (<c>label#n</c>).</summary>
public sealed record SessionShape(
    string Key,
    string Handshake,
    string Close,
    IReadOnlyList<string> Events,
    IReadOnlyList<string> ErrorCodes,
    IReadOnlyList<AnswerFacts> Answers);

/// <summary>What an answer states, recognised as the business checks recognise it: kinds of figures, providers, recommendations.</summary>
public sealed record AnswerFacts(bool Dollars, bool Percentages, IReadOnlyList<string> Providers, int Recommendations)
{
    /// <summary>
    /// Whether two answers state the same facts. A fact one of them leaves out (no provider named, no recommendation
    /// listed) is a choice of wording a language model makes from run to run; stated by both, it must agree.
    /// </summary>
    public bool Agrees(AnswerFacts other) =>
        Dollars == other.Dollars && Percentages == other.Percentages &&
        (Providers.Count == 0 || other.Providers.Count == 0 || Providers.SequenceEqual(other.Providers, StringComparer.Ordinal)) &&
        (Recommendations == 0 || other.Recommendations == 0 || Recommendations == other.Recommendations);

    public override string ToString()
    {
        var figures = Dollars && Percentages ? "dollar and percent figures" : Dollars ? "dollar figures" : Percentages ? "percent figures" : "no figures";
        var providers = Providers.Count == 0 ? "no provider" : string.Join(" and ", Providers);
        return $"{figures}, {providers}, {Recommendations} recommendation(s)";
    }
}
