using System.Collections.Concurrent;
using System.Net.WebSockets;
using Netra.E2E.Harness.Auth;
using Netra.E2E.Harness.Connection;
using Netra.E2E.Harness.Recording;
using Xunit;

namespace Netra.E2E.Harness.Replay;

/// <summary>
/// Sockets to the in-process replay host, each naming the cassette of the running test and the session in it
/// (<c>label#n</c>, counted per test as the recorder counted them). These two headers go to this host only, never
/// to a backend. A test without a cassette, or with fewer sessions recorded than it opens, is skipped, naming the file.
/// </summary>
public sealed class ReplayConnector(IBackendConnector host, CassetteLibrary cassettes) : IBackendConnector
{
    public const string CassetteHeader = "X-Netra-Cassette";
    public const string SessionHeader = "X-Netra-Cassette-Session";

    private readonly ConcurrentDictionary<string, Dictionary<string, int>> _sessionsPerTest = new(StringComparer.Ordinal);

    public string Description => $"replay of {cassettes.Directory}";

    public Exception? ServerErrorFor(string userId) => host.ServerErrorFor(userId);

    public Task<WebSocket> OpenAsync(TestUser user, IReadOnlyDictionary<string, string> headers, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var test = CassetteNames.CurrentTest();
        var cassette = test is null ? null : cassettes.Find(test);
        if (test is null || cassette is null)
        {
            Assert.Skip(test is null
                ? "replay serves each test its own cassette, and this session was opened outside a test"
                : $"no cassette for this test: {cassettes.FileOf(test)} is not in {cassettes.Directory} (record it with NETRA_E2E_RECORD)");
        }

        var key = NextKey(test, user.Label);
        if (cassette.Sessions.All(s => s.Key != key))
        {
            Assert.Skip($"the cassette {cassette.FileName} has no session '{key}' (it holds {string.Join(", ", cassette.Sessions.Select(s => s.Key))}): " +
                        "the test opens more sessions than were recorded; record it again");
        }

        var withCassette = new Dictionary<string, string>(headers) { [CassetteHeader] = cassette.FileName, [SessionHeader] = key };
        return host.OpenAsync(user, withCassette, timeout, cancellationToken);
    }

    private string NextKey(string test, string label)
    {
        var counts = _sessionsPerTest.GetOrAdd(test, _ => new Dictionary<string, int>(StringComparer.Ordinal));
        lock (counts)
        {
            return CassetteNames.SessionKey(label, counts[label] = counts.GetValueOrDefault(label) + 1);
        }
    }
}
