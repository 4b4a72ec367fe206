using System.Text.RegularExpressions;

namespace Netra.E2E.Harness.Settings;

/// <summary>Removes credentials from URLs (user info, query strings) before they reach a log or report.</summary>
public static partial class UrlRedactor
{
    public const string Mask = "***";

    public static string Redact(Uri? url) => url is null ? "(none)" : Redact(url.OriginalString);

    public static string Redact(string url)
    {
        var withoutUserInfo = UserInfo().Replace(url, $"$1{Mask}@");
        var query = withoutUserInfo.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? withoutUserInfo : withoutUserInfo[..query] + "?" + Mask;
    }

    [GeneratedRegex(@"^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@")]
    private static partial Regex UserInfo();
}
