using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Netra.E2E.Simulator.Auth;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Hosting;

namespace Netra.E2E.Simulator.Tests.Support;

/// <summary>The simulator in-process (TestServer), fault injection allowed, with its own JWT secret.</summary>
public sealed class SimulatorHost(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    private readonly string _secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    public ServerErrors Errors => Services.GetRequiredService<ServerErrors>();

    public string Token(string userId, string? secret = null, TimeSpan? lifetime = null)
    {
        var now = DateTime.UtcNow;
        var expires = now + (lifetime ?? TimeSpan.FromMinutes(10));
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = ChatAuthorization.Issuer,
            IssuedAt = expires < now ? expires.AddMinutes(-1) : now,
            NotBefore = expires < now ? expires.AddMinutes(-1) : now,
            Expires = expires,
            Claims = new Dictionary<string, object>
            {
                ["sub"] = userId,
                ["email"] = $"{userId}@simulator.test",
                ["permissions"] = new[] { ChatAuthorization.ChatPermission },
                ["jti"] = Guid.NewGuid().ToString("N"),
            },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret ?? _secret)), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>Opens /ws as this user, asking for these faults; the greeting is left unread.</summary>
    public async Task<TestSocket> ConnectAsync(string userId, string? faults = null, string? token = null)
    {
        var client = Server.CreateWebSocketClient();
        client.ConfigureRequest = request =>
        {
            request.Headers.Authorization = $"Bearer {token ?? Token(userId)}";
            if (faults is not null)
            {
                request.Headers[ConnectionFaults.HeaderName] = faults;
            }
        };
        var socket = await client.ConnectAsync(new Uri(Server.BaseAddress, "ws"), TestContext.Current.CancellationToken);
        return new TestSocket(socket);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(JwtSecret.ConfigurationKey, _secret);
        builder.UseSetting("Simulator:AllowFaultInjection", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }
}
