using System.Collections.Concurrent;
using Netra.E2E.Harness.Auth;

namespace Netra.E2E.Harness.Recording;

/// <summary>
/// Keeps each running test's traffic, keyed by the test (tests run concurrently), until the test ends; then hands it
/// over redacted, as the test's cassette.
/// </summary>
public sealed class TrafficRecorder(string mode, string? backend, string? secret)
{
    private readonly ConcurrentDictionary<string, TestRecording> _tests = new(StringComparer.Ordinal);

    /// <summary>A new session of the running test; null outside a test (nothing to name its cassette after).</summary>
    public SessionRecording? Open(TestUser user) =>
        CassetteNames.CurrentTest() is { } test ? _tests.GetOrAdd(test, t => new TestRecording(t)).Open(user) : null;

    /// <summary>Tests whose traffic was recorded but not yet finished.</summary>
    public IReadOnlyList<string> Unfinished => _tests.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>The test's cassette, redacted; null when the test opened no session. The test's traffic is then forgotten.</summary>
    public Cassette? Finish(string test)
    {
        if (!_tests.TryRemove(test, out var recording))
        {
            return null;
        }

        var users = recording.Sessions.Select(s => s.User).ToArray();
        var redactor = new CassetteRedactor(secret, users.Select(u => u.Token), users.Select(u => u.Id));
        return redactor.Redact(recording.ToCassette(mode, backend));
    }
}
