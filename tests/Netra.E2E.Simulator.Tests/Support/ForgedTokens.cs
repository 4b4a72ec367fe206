using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Netra.E2E.Simulator.Tests.Support;

/// <summary>Tokens the auth service must refuse, by kind: wrong secret, expired, unsigned (alg none), another issuer.</summary>
public static class ForgedTokens
{
    public static TheoryData<string> Kinds => new("wrong secret", "expired", "alg none", "another issuer");

    public static string Make(SimulatorHost host, string kind, string user) => kind switch
    {
        "wrong secret" => host.Token(new TokenSpec(user) { Secret = Convert.ToBase64String(new byte[48]) }),
        "expired" => host.Token(new TokenSpec(user) { IssuedAgo = TimeSpan.FromMinutes(15) }),
        "alg none" => Unsigned(host.Token(user)),
        "another issuer" => host.Token(new TokenSpec(user) { Issuer = "some-other-auth-service" }),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The same claims under an "alg": "none" header, without a signature.</summary>
    public static string Unsigned(string token) =>
        $"{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes("""{"alg":"none","typ":"JWT"}"""))}.{token.Split('.')[1]}.";
}
