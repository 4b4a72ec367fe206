using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Netra.E2E.Simulator.Auth;

/// <summary>The jwt.&lt;base64url&gt; WebSocket subprotocol that carries a token (browsers cannot set headers).</summary>
public static class TokenSubprotocol
{
    public const string Prefix = "jwt.";

    public static string? Find(IEnumerable<string?> headerValues) => headerValues
        .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        .FirstOrDefault(p => p.StartsWith(Prefix, StringComparison.Ordinal));

    public static string? Decode(string subprotocol)
    {
        try
        {
            return Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(subprotocol[Prefix.Length..]));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
