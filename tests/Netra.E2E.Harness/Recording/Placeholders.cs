namespace Netra.E2E.Harness.Recording;

/// <summary>
/// What a cassette must never hold, in one place: the names of keys whose values are per-run ids or credentials, and
/// the placeholders that stand for them (<c>{{name}}</c>, or <c>{{name:N}}</c> numbered by first appearance).
/// </summary>
public static class Placeholders
{
    public const string Secret = "{{secret}}";
    public const string Jwt = "{{jwt}}";
    public const string Token = "{{token}}";
    public const string Email = "email";
    public const string UserId = "user_id";

    /// <summary>A piece of a credential this long, anywhere, is a credential (a refusal may echo a token's first characters).</summary>
    public const int CredentialPieceLength = 8;

    /// <summary>Ids shorter than this are replaced only where they are a whole value: a short one could be an ordinary word.</summary>
    public const int MinimumEmbeddedIdLength = 6;

    /// <summary>Keys (snake_case or camelCase) whose string values are per-run ids, and the placeholder name of each.</summary>
    public static readonly IReadOnlyDictionary<string, string> IdKeys = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["run_id"] = "run_id",
        ["runId"] = "run_id",
        ["thread_id"] = "thread_id",
        ["threadId"] = "thread_id",
        ["message_id"] = "message_id",
        ["messageId"] = "message_id",
        ["connection_id"] = "connection_id",
        ["connectionId"] = "connection_id",
        ["correlation_id"] = "correlation_id",
        ["correlationId"] = "correlation_id",
        ["request_id"] = "request_id",
        ["requestId"] = "request_id",
        ["user_id"] = UserId,
        ["userId"] = UserId,
        ["sub"] = UserId,
    };

    /// <summary>Keys and headers whose values are credentials.</summary>
    public static readonly IReadOnlySet<string> CredentialKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "token", "access_token", "accessToken", "authorization", "Sec-WebSocket-Protocol",
    };

    public static string Numbered(string name, int n) => $"{{{{{name}:{n}}}}}";
}
