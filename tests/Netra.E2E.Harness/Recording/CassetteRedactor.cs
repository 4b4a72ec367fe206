using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Netra.E2E.Harness.Recording;

/// <summary>
/// Replaces everything a cassette must not hold by stable placeholders, before it touches disk: the JWT secret, any
/// JWT-shaped string, credential values and any 8-character piece of a known token, e-mail addresses, the test users'
/// ids, and the values of id keys (run, thread, message, connection, correlation, request and user ids) wherever the
/// same value appears again. Numbers count distinct values by first appearance in the cassette, so a re-recording of the
/// same behaviour numbers them the same way.
/// </summary>
public sealed partial class CassetteRedactor
{
    private readonly string? _secret;
    private readonly IReadOnlyList<string> _credentials;
    private readonly IReadOnlyList<string> _userIds;
    private readonly HashSet<string> _credentialPieces = new(StringComparer.Ordinal);

    /// <param name="secret">The JWT secret of the run, when the harness knows it.</param>
    /// <param name="credentials">The tokens the test's users connected with.</param>
    /// <param name="userIds">The test users' ids.</param>
    public CassetteRedactor(string? secret, IEnumerable<string> credentials, IEnumerable<string> userIds)
    {
        _secret = string.IsNullOrEmpty(secret) ? null : secret;
        _credentials = credentials.Where(c => c.Length >= Placeholders.CredentialPieceLength).Distinct(StringComparer.Ordinal).ToArray();
        _userIds = userIds.Where(u => u.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        foreach (var credential in _credentials)
        {
            for (var at = 0; at + Placeholders.CredentialPieceLength <= credential.Length; at++)
            {
                _credentialPieces.Add(credential.Substring(at, Placeholders.CredentialPieceLength));
            }
        }
    }

    public Cassette Redact(Cassette cassette)
    {
        var ids = new IdNumbering(_userIds);
        foreach (var frame in cassette.Sessions.SelectMany(s => s.Frames))
        {
            CollectIds(frame.Json, ids);
        }

        return cassette with
        {
            Backend = cassette.Backend is null ? null : Text(cassette.Backend, ids),
            Sessions = cassette.Sessions.Select(s => s with
            {
                Handshake = s.Handshake with
                {
                    // The server's chosen subprotocol is a Sec-WebSocket-Protocol value, which may carry the token itself.
                    Subprotocol = s.Handshake.Subprotocol is null ? null : Placeholders.Token,
                    Body = s.Handshake.Body is null ? null : Text(s.Handshake.Body, ids),
                },
                Frames = s.Frames.Select(f => f with { Json = f.Json is null ? null : Node(f.Json, null, ids), Text = f.Text is null ? null : Text(f.Text, ids) }).ToArray(),
            }).ToArray(),
        };
    }

    /// <summary>The values of id keys, each under the first key it was seen with, so every later occurrence is replaced too.</summary>
    private static void CollectIds(JsonNode? node, IdNumbering ids)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (Placeholders.IdKeys.TryGetValue(key, out var name) && value is JsonValue v && v.TryGetValue<string>(out var id) && id.Length > 0)
                    {
                        ids.Know(id, name);
                    }

                    CollectIds(value, ids);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    CollectIds(item, ids);
                }

                break;
        }
    }

    private JsonNode? Node(JsonNode? node, string? key, IdNumbering ids) => node switch
    {
        JsonObject obj => Object(obj, ids),
        JsonArray array => new JsonArray(array.Select(item => Node(item, null, ids)).ToArray()),
        JsonValue value when value.TryGetValue<string>(out var text) => JsonValue.Create(
            key is not null && Placeholders.CredentialKeys.Contains(key) && text.Length > 0 ? Credential(text) : Text(text, ids)),
        _ => node?.DeepClone(),
    };

    private JsonObject Object(JsonObject obj, IdNumbering ids)
    {
        var redacted = new JsonObject();
        foreach (var (key, value) in obj)
        {
            redacted[Text(key, ids)] = Node(value, key, ids);
        }

        return redacted;
    }

    /// <summary>A credential value keeps its scheme ("Bearer {{token}}") so a reader sees what kind it was.</summary>
    private static string Credential(string value) =>
        value.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 && space < 16 ? value[..(space + 1)] + Placeholders.Token : Placeholders.Token;

    private string Text(string text, IdNumbering ids)
    {
        if (_secret is not null)
        {
            text = text.Replace(_secret, Placeholders.Secret, StringComparison.Ordinal);
        }

        text = JwtShaped().Replace(text, Placeholders.Jwt);
        text = CredentialPieces(text);
        text = EmailAddress().Replace(text, m => ids.Placeholder(m.Value, Placeholders.Email));
        return ids.ReplaceKnown(text);
    }

    /// <summary>Every run of 8 or more characters that is part of a known token becomes {{token}}.</summary>
    private string CredentialPieces(string text)
    {
        if (_credentialPieces.Count == 0 || text.Length < Placeholders.CredentialPieceLength)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var at = 0;
        while (at < text.Length)
        {
            if (at + Placeholders.CredentialPieceLength <= text.Length && _credentialPieces.Contains(text.Substring(at, Placeholders.CredentialPieceLength)))
            {
                var end = at + Placeholders.CredentialPieceLength;
                while (end < text.Length && _credentials.Any(c => c.Contains(text.AsSpan(at, end + 1 - at), StringComparison.Ordinal)))
                {
                    end++;
                }

                result.Append(Placeholders.Token);
                at = end;
            }
            else
            {
                result.Append(text[at++]);
            }
        }

        return result.ToString();
    }

    /// <summary>Three base64url segments separated by dots, the first a JSON header ("eyJ"); the signature may be empty (alg none).</summary>
    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")]
    private static partial Regex JwtShaped();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex EmailAddress();

    /// <summary>The cassette's known ids and the number each got, by first appearance.</summary>
    private sealed class IdNumbering
    {
        private readonly Dictionary<string, string> _nameOf = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _placeholderOf = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _count = new(StringComparer.Ordinal);
        private string[]? _longestFirst;

        public IdNumbering(IEnumerable<string> userIds)
        {
            foreach (var id in userIds)
            {
                Know(id, Placeholders.UserId);
            }
        }

        public void Know(string value, string name)
        {
            if (_nameOf.TryAdd(value, name))
            {
                _longestFirst = null;
            }
        }

        public string Placeholder(string value, string name)
        {
            if (!_placeholderOf.TryGetValue(value, out var placeholder))
            {
                var n = _count[name] = _count.GetValueOrDefault(name) + 1;
                placeholder = _placeholderOf[value] = Placeholders.Numbered(name, n);
            }

            return placeholder;
        }

        /// <summary>
        /// A whole value that is a known id becomes its placeholder; so does every known id of 6 or more characters inside
        /// a longer text, the longest where two start at the same place, numbered in the order they appear.
        /// </summary>
        public string ReplaceKnown(string text)
        {
            if (_nameOf.TryGetValue(text, out var whole))
            {
                return Placeholder(text, whole);
            }

            _longestFirst ??= _nameOf.Keys.Where(k => k.Length >= Placeholders.MinimumEmbeddedIdLength).OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).ToArray();
            if (!_longestFirst.Any(known => text.Contains(known, StringComparison.Ordinal)))
            {
                return text;
            }

            var result = new StringBuilder(text.Length);
            var at = 0;
            while (at < text.Length)
            {
                var id = _longestFirst.FirstOrDefault(known => text.AsSpan(at).StartsWith(known, StringComparison.Ordinal));
                if (id is null)
                {
                    result.Append(text[at++]);
                    continue;
                }

                result.Append(Placeholder(id, _nameOf[id]));
                at += id.Length;
            }

            return result.ToString();
        }
    }
}
