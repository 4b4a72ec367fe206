using Netra.E2E.Harness.Recording;
using Netra.E2E.Harness.Wire.Messages;

namespace Netra.E2E.Harness.Drift;

/// <summary>
/// Compares a test's cassette (what staging sent) with its live traffic (what the simulator sent), shape by shape:
/// sessions, handshakes and closes, the server's event sequence (repeated thinking counted once), server pings, the
/// fields and JSON types per event type, the tolerated forms per event type, error codes, and each answer's facts.
/// </summary>
public static class DriftComparer
{
    public static TestDrift Compare(Cassette recorded, Cassette live, string displayName)
    {
        var staging = ShapeReader.Read(recorded);
        var simulator = ShapeReader.Read(live);
        var items = new List<DriftItem>();
        Sessions(staging, simulator, items);
        Heartbeat(staging, simulator, items);
        ByType(staging.FormsByType, simulator.FormsByType, type => FormAspect(type), items);
        ByType(staging.FieldsByType, simulator.FieldsByType, type => FieldAspect(type), items);
        return new TestDrift(recorded.Test, displayName, recorded.FileName, items);
    }

    /// <summary>Per session, then the same difference in several sessions of the test once, naming how many.</summary>
    private static void Sessions(TrafficShape staging, TrafficShape simulator, List<DriftItem> items)
    {
        var perSession = new List<(string Key, DriftItem Item)>();
        foreach (var key in staging.Sessions.Keys.Union(simulator.Sessions.Keys).Order(StringComparer.Ordinal))
        {
            var found = new List<DriftItem>();
            Session(key, staging.Sessions.GetValueOrDefault(key), simulator.Sessions.GetValueOrDefault(key), found);
            perSession.AddRange(found.Select(item => (key, item)));
        }

        foreach (var same in perSession.GroupBy(s => s.Item with { Subject = s.Item.Subject[s.Key.Length..] }))
        {
            var keys = same.Select(s => s.Key).ToArray();
            var who = keys.Length == 1 ? keys[0] : keys.Length == 2 ? $"{keys[0]} and {keys[1]}" : $"{keys.Length} sessions ({keys[0]} … {keys[^1]})";
            items.Add(same.Key with { Subject = who + same.Key.Subject });
        }
    }

    /// <summary>One session's differences, each subject starting with the session's key.</summary>
    private static void Session(string key, SessionShape? recorded, SessionShape? live, List<DriftItem> items)
    {
        if (recorded is null || live is null)
        {
            items.Add(new(DriftAspects.Sessions, key, recorded is null ? DriftItem.Nothing : "opened it", recorded is null ? "opened it" : DriftItem.Nothing));
            return;
        }

        Same(DriftAspects.Handshake, key, recorded.Handshake, live.Handshake, items);
        Same(DriftAspects.Close, key, recorded.Close, live.Close, items);
        Sequence(key, recorded.Events, live.Events, items);
        Same(DriftAspects.ErrorCodes, key, List(recorded.ErrorCodes), List(live.ErrorCodes), items);
        Answers(key, recorded.Answers, live.Answers, items);
    }

    private static void Heartbeat(TrafficShape staging, TrafficShape simulator, List<DriftItem> items)
    {
        if (staging.ServerPings != simulator.ServerPings)
        {
            items.Add(new(DriftAspects.Heartbeat, "server pings", Pinged(staging.ServerPings), Pinged(simulator.ServerPings)));
        }

        static string Pinged(bool pinged) => pinged ? "pinged the client" : "sent no ping";
    }

    /// <summary>Per event type, what one side has and the other has not; a type only one side sent is one item.</summary>
    private static void ByType(IReadOnlyDictionary<string, IReadOnlySet<string>> staging, IReadOnlyDictionary<string, IReadOnlySet<string>> simulator,
        Func<string, string> aspect, List<DriftItem> items)
    {
        foreach (var type in staging.Keys.Union(simulator.Keys).Order(StringComparer.Ordinal))
        {
            var recorded = staging.GetValueOrDefault(type) ?? new HashSet<string>();
            var live = simulator.GetValueOrDefault(type) ?? new HashSet<string>();
            if (!staging.ContainsKey(type) || !simulator.ContainsKey(type))
            {
                continue; // the event sequence already says that only one side sent this type
            }

            var onlyRecorded = recorded.Except(live).Where(path => Comparable(path, live)).Order(StringComparer.Ordinal).ToArray();
            var onlyLive = live.Except(recorded).Where(path => Comparable(path, recorded)).Order(StringComparer.Ordinal).ToArray();
            if (onlyRecorded.Length > 0 || onlyLive.Length > 0)
            {
                items.Add(new(aspect(type), type, List(onlyRecorded), List(onlyLive)));
            }
        }
    }

    /// <summary>
    /// A field inside an array's items says nothing against a side whose array was always empty: an empty list has no
    /// item shape to differ from (a language model lists recommendations in the structure on one run, only in prose on the next).
    /// </summary>
    private static bool Comparable(string path, IReadOnlySet<string> other)
    {
        var items = path.IndexOf("[]", StringComparison.Ordinal);
        return items < 0 || other.Any(p => p.StartsWith(path[..(items + 2)], StringComparison.Ordinal));
    }

    /// <summary>The two sequences without their common start and end, and where they part.</summary>
    private static void Sequence(string key, IReadOnlyList<string> recorded, IReadOnlyList<string> live, List<DriftItem> items)
    {
        if (recorded.SequenceEqual(live, StringComparer.Ordinal))
        {
            return;
        }

        var start = 0;
        while (start < recorded.Count && start < live.Count && recorded[start] == live[start])
        {
            start++;
        }

        var end = 0;
        while (end < recorded.Count - start && end < live.Count - start && recorded[recorded.Count - 1 - end] == live[live.Count - 1 - end])
        {
            end++;
        }

        var where = start == 0 ? "from the first event" : $"after {string.Join(", ", recorded.Take(start).TakeLast(2))} (event {start})";
        items.Add(new(DriftAspects.Events, $"{key}, {where}",
            List(recorded.Skip(start).Take(recorded.Count - start - end)), List(live.Skip(start).Take(live.Count - start - end))));
    }

    private static void Answers(string key, IReadOnlyList<AnswerFacts> recorded, IReadOnlyList<AnswerFacts> live, List<DriftItem> items)
    {
        for (var i = 0; i < Math.Max(recorded.Count, live.Count); i++)
        {
            var staging = i < recorded.Count ? recorded[i] : null;
            var simulator = i < live.Count ? live[i] : null;
            if (staging is null || simulator is null || !staging.Agrees(simulator))
            {
                items.Add(new(DriftAspects.AnswerFacts, $"{key}, answer {i + 1}", staging?.ToString() ?? DriftItem.Nothing, simulator?.ToString() ?? DriftItem.Nothing));
            }
        }
    }

    private static void Same(string aspect, string subject, string staging, string simulator, List<DriftItem> items)
    {
        if (!string.Equals(staging, simulator, StringComparison.Ordinal))
        {
            items.Add(new(aspect, subject, staging, simulator));
        }
    }

    private static string FormAspect(string type) => type switch
    {
        EventNames.ConnectionEstablished => DriftAspects.WelcomeForm,
        EventNames.Error => DriftAspects.ErrorForm,
        _ => DriftAspects.EnvelopeForm,
    };

    private static string FieldAspect(string type) => type switch
    {
        EventNames.ConnectionEstablished => DriftAspects.WelcomeForm,
        EventNames.Error => DriftAspects.ErrorForm,
        _ => DriftAspects.PayloadNames,
    };

    private static string List(IReadOnlyCollection<string> items) => items.Count == 0 ? DriftItem.Nothing : string.Join(", ", items);

    private static string List(IEnumerable<string> items) => List(items.ToArray());
}
