using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Netra.E2E.Harness.Auth;
using Netra.E2E.Harness.Recording;

namespace Netra.E2E.Harness.Replay;

/// <summary>
/// A replayed backend names each session's user by the recorded placeholder (<c>{{user_id:N}}</c>), which the host
/// writes as its stand-in <c>replay-user_id-N</c>: no client frame carries the user's id for it to bind. So in a
/// replay the k-th user a test makes with a label gets the id the k-th user of that label had in the cassette, and
/// what the harness holds against the session's user (whose events these are) holds as it did when recorded.
/// </summary>
public sealed partial class ReplayUsers(CassetteLibrary cassettes, TokenIssuer issuer)
{
    private readonly ConcurrentDictionary<string, Dictionary<string, int>> _usersPerTest = new(StringComparer.Ordinal);

    public TestUser NewUser(string label)
    {
        var user = issuer.NewUser(label);
        if (CassetteNames.CurrentTest() is not { } test || cassettes.Find(test) is not { } cassette)
        {
            return user;
        }

        var recorded = cassette.Sessions
            .Where(s => s.Key[..Math.Max(0, s.Key.LastIndexOf('#'))] == CassetteNames.Sanitize(label))
            .Select(RecordedUser).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var k = Next(test, label);
        if (k > recorded.Length)
        {
            return user;
        }

        var id = $"replay-user_id-{recorded[k - 1]}";
        var email = $"{id}@replay.netra.test";
        return new TestUser(id, email, issuer.Sign(id, email, TimeSpan.FromHours(1), ["chat"], TokenIssuer.Issuer)) { Label = label };
    }

    /// <summary>The number of the first user placeholder the server sent in the session (its welcome names the user).</summary>
    private static string? RecordedUser(CassetteSession session) =>
        session.Frames.Where(f => !f.IsOut).Select(f => UserPlaceholder().Match(f.Wire)).FirstOrDefault(m => m.Success)?.Groups[1].Value;

    private int Next(string test, string label)
    {
        var counts = _usersPerTest.GetOrAdd(test, _ => new Dictionary<string, int>(StringComparer.Ordinal));
        lock (counts)
        {
            return counts[label] = counts.GetValueOrDefault(label) + 1;
        }
    }

    [GeneratedRegex(@"\{\{user_id:(\d+)\}\}")]
    private static partial Regex UserPlaceholder();
}
