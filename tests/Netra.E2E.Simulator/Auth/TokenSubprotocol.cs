using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Netra.E2E.Simulator.Auth;

/// <summary>The jwt.&lt;base64url&gt; WebSocket subprotocol that carries a token.</summary>
public static class TokenSubprotocol
{
    public static string? Find(IEnumerable<string?> headerValues) => headerValues
        .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        .FirstOrDefault(p => p.StartsWith(ChatAuthorization.SubprotocolPrefix, StringComparison.Ordinal));

    public static string? Decode(string subprotocol)
    {
        try
        {
            return Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(subprotocol[ChatAuthorization.SubprotocolPrefix.Length..]));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
