using Netra.E2E.Harness.Wire;

namespace Netra.E2E.Harness.Recording;

/// <summary>The sessions of one test in the order it opened them, each keyed by its user's label and that label's count.</summary>
internal sealed class TestRecording(string test)
{
    private readonly List<SessionRecording> _sessions = [];
    private readonly Dictionary<string, int> _perLabel = new(StringComparer.Ordinal);

    public string Test { get; } = test;

    public SessionRecording Open(Auth.TestUser user)
    {
        lock (_sessions)
        {
            var n = _perLabel[user.Label] = _perLabel.GetValueOrDefault(user.Label) + 1;
            var session = new SessionRecording(CassetteNames.SessionKey(user.Label, n), user);
            _sessions.Add(session);
            return session;
        }
    }

    public IReadOnlyList<SessionRecording> Sessions
    {
        get
        {
            lock (_sessions)
            {
                return _sessions.ToArray();
            }
        }
    }

    /// <summary>The test's traffic as a cassette, not yet redacted: it never leaves memory in this form.</summary>
    public Cassette ToCassette(string mode, string? backend)
    {
        var sessions = Sessions.Select(s => s.Snapshot()).OfType<CassetteSession>().ToArray();
        return new Cassette(Test, mode, backend, DialectOf(sessions), sessions);
    }

    /// <summary>The dialect the first greeted session settled on, read as the harness reads it; null when none was greeted.</summary>
    private static string? DialectOf(IEnumerable<CassetteSession> sessions)
    {
        foreach (var session in sessions)
        {
            var dialect = new NegotiatedDialect();
            foreach (var frame in session.Frames.Where(f => !f.IsOut))
            {
                if (dialect.IsGreeting(dialect.Read(frame.Wire, TimeSpan.Zero)))
                {
                    return dialect.Name;
                }
            }
        }

        return null;
    }
}
