using System.Text;

namespace Netra.E2E.Harness.Settings;

/// <summary>
/// Removes credentials from URLs before they reach a log or report: the user info whatever it holds (a password may
/// contain "@"), every query value, and the fragment's values (an "#access_token=…" is a credential too). Names of
/// query and fragment parameters stay, so a reader can still tell what was set.
/// </summary>
public static class UrlRedactor
{
    public const string Mask = "***";

    public static string Redact(Uri? url) => url is null ? "(none)" : Redact(url.OriginalString);

    public static string Redact(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        var authorityStart = schemeEnd < 0 ? 0 : schemeEnd + 3;
        var rest = url[authorityStart..];
        var authorityEnd = rest.IndexOfAny(['/', '?', '#']);
        var authority = authorityEnd < 0 ? rest : rest[..authorityEnd];
        var tail = authorityEnd < 0 ? "" : rest[authorityEnd..];

        // The host follows the last "@": everything before it is user info, however many "@" it holds.
        var at = authority.LastIndexOf('@');
        var redacted = new StringBuilder(url[..authorityStart]).Append(at < 0 ? authority : $"{Mask}@{authority[(at + 1)..]}");

        var fragmentAt = tail.IndexOf('#');
        var beforeFragment = fragmentAt < 0 ? tail : tail[..fragmentAt];
        var queryAt = beforeFragment.IndexOf('?');
        redacted.Append(queryAt < 0 ? beforeFragment : beforeFragment[..queryAt] + "?" + MaskValues(beforeFragment[(queryAt + 1)..]));
        if (fragmentAt >= 0)
        {
            redacted.Append('#').Append(MaskValues(tail[(fragmentAt + 1)..]));
        }

        return redacted.ToString();
    }

    /// <summary>"a=1&amp;b=2" becomes "a=***&amp;b=***"; a part without "=" is masked whole.</summary>
    private static string MaskValues(string parameters) => parameters.Length == 0
        ? ""
        : string.Join('&', parameters.Split('&').Select(p => p.IndexOf('=') is var eq and >= 0 ? p[..(eq + 1)] + Mask : Mask));
}
