namespace Netra.E2E.Harness.Decision;

/// <summary>The health and WebSocket endpoints of a backend, from its base URL in any of the four schemes.</summary>
public static class BackendUrls
{
    public static Uri Health(Uri baseUrl) => new(WithScheme(baseUrl, http: true), "health");

    public static Uri WebSocket(Uri baseUrl) => new(WithScheme(baseUrl, http: false), "ws");

    /// <summary>The same endpoint over plain HTTP(S): ws becomes http, wss becomes https.</summary>
    public static Uri Http(Uri webSocketUrl) => new UriBuilder(webSocketUrl) { Scheme = webSocketUrl.Scheme == "wss" ? "https" : "http", Port = webSocketUrl.Port }.Uri;

    private static Uri WithScheme(Uri baseUrl, bool http)
    {
        var secure = baseUrl.Scheme is "https" or "wss";
        var builder = new UriBuilder(baseUrl)
        {
            Scheme = http ? (secure ? "https" : "http") : (secure ? "wss" : "ws"),
            Query = "",
        };
        if (!builder.Path.EndsWith('/'))
        {
            builder.Path += "/";
        }

        if (builder.Path.EndsWith("/ws/", StringComparison.Ordinal))
        {
            builder.Path = builder.Path[..^3];
        }

        return builder.Uri;
    }
}
