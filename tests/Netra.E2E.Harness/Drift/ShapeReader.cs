using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Netra.E2E.Harness.BusinessValue;
using Netra.E2E.Harness.BusinessValue.Figures;
using Netra.E2E.Harness.Recording;
using Netra.E2E.Harness.Wire;
using Netra.E2E.Harness.Wire.Messages;

namespace Netra.E2E.Harness.Drift;

/// <summary>
/// Reads a cassette's shape, each session's frames through the harness's own dialect (as a session would read them),
/// so a recorded frame and a live one are compared in the same normalised terms.
/// </summary>
public static class ShapeReader
{
    /// <summary>Heartbeat traffic: its count depends on timing, so it is compared as present or not, apart from the events.</summary>
    private static readonly HashSet<string> Heartbeats = [EventNames.ServerPing, "heartbeat", "heartbeat_ack"];

    private static readonly string[] ProviderNames = ["AWS", "Azure", "GCP"];

    public static TrafficShape Read(Cassette cassette)
    {
        var fields = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var forms = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var pings = false;
        var sessions = new Dictionary<string, SessionShape>(StringComparer.Ordinal);
        foreach (var session in cassette.Sessions)
        {
            var dialect = new NegotiatedDialect();
            var read = session.Frames.Where(f => !f.IsOut).Select(f => (Frame: f, Event: dialect.Read(f.Wire, TimeSpan.Zero))).ToArray();
            foreach (var (frame, e) in read)
            {
                var type = e.IsMalformed ? "(malformed)" : e.Type;
                pings |= Heartbeats.Contains(type);
                Add(fields, type, FieldPaths.Of(frame.Json));
                Add(forms, type, e.Notes);
            }

            var events = read.Select(r => r.Event).Where(e => !Heartbeats.Contains(e.Type)).ToArray();
            sessions[session.Key] = new SessionShape(
                session.Key,
                session.Handshake.Accepted ? "101 (upgraded)" : $"HTTP {session.Handshake.Status}",
                session.Close is { } close ? $"{close.Code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no code"} by {close.By}" : "no close frame",
                Collapsed(events.Select(e => e.IsMalformed ? "(malformed)" : e.Type)),
                read.Where(r => r.Event.Type == EventNames.Error).Select(r => WireErrorCode(r.Frame.Json) ?? r.Event.ErrorCode ?? "(no code)").ToArray(),
                Answers(events));
        }

        return new TrafficShape(
            sessions,
            fields.ToDictionary(kv => kv.Key, kv => (IReadOnlySet<string>)kv.Value, StringComparer.Ordinal),
            forms.ToDictionary(kv => kv.Key, kv => (IReadOnlySet<string>)kv.Value, StringComparer.Ordinal),
            pings);
    }

    /// <summary>Repeated agent_thinking counts once: how many thoughts a run has is not its shape.</summary>
    private static IReadOnlyList<string> Collapsed(IEnumerable<string> types)
    {
        var collapsed = new List<string>();
        foreach (var type in types)
        {
            if (!(type == EventNames.AgentThinking && collapsed.Count > 0 && collapsed[^1] == type))
            {
                collapsed.Add(type);
            }
        }

        return collapsed;
    }

    /// <summary>Each run's answer: the last completion carrying one, per run id, in the order the runs started.</summary>
    private static IReadOnlyList<AnswerFacts> Answers(IEnumerable<NetraEvent> events) => events
        .Where(e => e.RunId is not null)
        .GroupBy(e => e.RunId, StringComparer.Ordinal)
        .Select(run => run.LastOrDefault(e => e.Type == EventNames.AgentCompleted && e.Answer is { } a && a != AgentAnswer.None)?.Answer)
        .OfType<AgentAnswer>()
        .Select(Facts)
        .ToArray();

    private static AnswerFacts Facts(AgentAnswer answer)
    {
        var prose = answer.Prose;
        var figures = FigureRecognizer.Recognize(prose);
        return new AnswerFacts(
            figures.Any(f => f.Unit == FigureUnit.Dollars),
            figures.Any(f => f.Unit == FigureUnit.Percent),
            ProviderNames.Where(p => Vocabulary.NamesOf(p).Any(name => Regex.IsMatch(prose, $@"\b{Regex.Escape(name)}\b", RegexOptions.IgnoreCase))).ToArray(),
            RecommendationRecognizer.In(answer).Count);
    }

    /// <summary>The error code as the wire wrote it (FORMAT_ERROR stays FORMAT_ERROR), wherever the frame's envelope keeps it.</summary>
    private static string? WireErrorCode(JsonNode? frame)
    {
        foreach (var place in new[] { frame, frame?["payload"], frame?["data"] })
        {
            if (place is JsonObject obj)
            {
                foreach (var key in new[] { "error_code", "code", "error_type" })
                {
                    if (obj[key] is JsonValue value && value.TryGetValue<string>(out var code))
                    {
                        return code;
                    }
                }
            }
        }

        return null;
    }

    private static void Add(SortedDictionary<string, SortedSet<string>> byType, string type, IEnumerable<string> items)
    {
        if (!byType.TryGetValue(type, out var set))
        {
            byType[type] = set = new SortedSet<string>(StringComparer.Ordinal);
        }

        set.UnionWith(items);
    }
}
