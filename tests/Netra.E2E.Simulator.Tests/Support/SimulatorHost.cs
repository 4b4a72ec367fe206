using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Hosting;

namespace Netra.E2E.Simulator.Tests.Support;

/// <summary>The simulator in-process (TestServer), fault injection allowed, with its own JWT secret.</summary>
public sealed class SimulatorHost(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    private readonly string _secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    /// <summary>A host speaking the deployed backend's dialect, with these settings besides.</summary>
    public static SimulatorHost Staging(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null) =>
        new(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Simulator:Dialect"] = "staging" }, services);

    public ServerErrors Errors => Services.GetRequiredService<ServerErrors>();

    public string Token(string userId, string? secret = null, TimeSpan? lifetime = null) =>
        Token(new TokenSpec(userId)
        {
            Secret = secret,
            IssuedAgo = lifetime < TimeSpan.Zero ? -lifetime.Value + TimeSpan.FromMinutes(1) : TimeSpan.Zero,
            Lifetime = lifetime < TimeSpan.Zero ? TimeSpan.FromMinutes(1) : lifetime ?? TimeSpan.FromMinutes(10),
        });

    public string Token(TokenSpec spec) => TestTokens.Sign(spec, _secret);

    /// <summary>Opens /ws as this user with a bearer token, asking for these faults; the greeting is left unread.</summary>
    public Task<TestSocket> ConnectAsync(string userId, string? faults = null, string? token = null) => ConnectAsync(new Handshake
    {
        Bearer = token ?? Token(userId),
        Faults = faults,
    });

    public async Task<TestSocket> ConnectAsync(Handshake handshake)
    {
        var client = Server.CreateWebSocketClient();
        foreach (var subprotocol in handshake.Subprotocols)
        {
            client.SubProtocols.Add(subprotocol);
        }

        client.ConfigureRequest = request =>
        {
            if (handshake.Bearer is not null)
            {
                request.Headers.Authorization = $"Bearer {handshake.Bearer}";
            }

            if (handshake.Faults is not null)
            {
                request.Headers[ConnectionFaults.HeaderName] = handshake.Faults;
            }

            foreach (var (name, value) in handshake.Headers)
            {
                request.Headers[name] = value;
            }
        };
        var path = handshake.QueryToken is null ? "ws" : $"ws?token={Uri.EscapeDataString(handshake.QueryToken)}";
        var socket = await client.ConnectAsync(new Uri(Server.BaseAddress, path), TestContext.Current.CancellationToken);
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

/// <summary>How a test opens /ws: which token where, which subprotocols, which faults.</summary>
public sealed record Handshake
{
    public string? Bearer { get; init; }
    public string? QueryToken { get; init; }
    public IReadOnlyList<string> Subprotocols { get; init; } = [];
    public string? Faults { get; init; }
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
