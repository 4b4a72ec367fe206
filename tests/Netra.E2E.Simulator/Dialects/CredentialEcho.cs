using System.Text.Json.Nodes;

namespace Netra.E2E.Simulator.Dialects;

/// <summary>
/// What the deployed backend's refusal repeats of the credential it refuses (netra-protocol.md section 8): only the
/// EchoTokenInRefusal fault sets it. Each dialect writes it in its own refusal.
/// </summary>
/// <param name="TokenStart">The token's first 12 characters.</param>
/// <param name="TokenEnd">The token's last 8 characters.</param>
/// <param name="AuthorizationPreview">The Authorization header's first 20 characters.</param>
public sealed record CredentialEcho(string TokenStart, string TokenEnd, string AuthorizationPreview, string AuthServiceUrl, int? ClientPort)
{
    public const string DefaultAuthServiceUrl = "http://netra-auth-service:8081";

    public static CredentialEcho Of(string? token, string? authorization, int? clientPort) => new(
        Head(token ?? "", 12),
        token is { Length: > 8 } ? token[^8..] : token ?? "",
        Head(authorization ?? "", 20),
        DefaultAuthServiceUrl,
        clientPort);

    private static string Head(string text, int length) => text.Length <= length ? text : text[..length];
}

/// <summary>The echo's fields under the deployed backend's names, as every dialect that echoes writes them.</summary>
public static class CredentialEchoJson
{
    public static JsonObject Details(CredentialEcho echo)
    {
        var details = new JsonObject
        {
            ["token_preview_start"] = echo.TokenStart,
            ["token_preview_end"] = echo.TokenEnd,
            ["authorization_header_preview"] = echo.AuthorizationPreview,
            ["auth_service_url"] = echo.AuthServiceUrl,
        };
        if (echo.ClientPort is { } port)
        {
            details["client_port"] = port;
        }

        return details;
    }
}
