using Microsoft.Extensions.DependencyInjection.Extensions;
using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Auth;
using Netra.E2E.Simulator.Connections;
using Netra.E2E.Simulator.Threads;

namespace Netra.E2E.Simulator.Hosting;

/// <summary>Wires the simulated Netra backend: services, then the HTTP pipeline and endpoints.</summary>
public static class SimulatorSetup
{
    public const string DefaultUrl = "http://127.0.0.1:8765";

    public static WebApplicationBuilder AddNetraSimulator(this WebApplicationBuilder builder)
    {
        // Loopback unless the caller names other URLs (--urls or ASPNETCORE_URLS).
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.Configure<SimulatorOptions>(builder.Configuration.GetSection(SimulatorOptions.SectionName));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddNetraAuthentication(builder.Configuration);
        builder.Services.AddSingleton<ThreadStore>();
        builder.Services.AddSingleton<ConnectionRegistry>();
        builder.Services.AddSingleton<AgentCatalog>();
        builder.Services.AddSingleton<RunExecutor>();
        builder.Services.AddSingleton<MessageDispatcher>();
        builder.Services.AddSingleton<ChatEndpoint>();
        return builder;
    }

    public static WebApplication UseNetraSimulator(this WebApplication app)
    {
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapGet("/health", HealthEndpoint.Handle);
        app.MapGet("/api/health", HealthEndpoint.Handle);
        app.Map("/ws", (HttpContext context, ChatEndpoint endpoint) => endpoint.HandleAsync(context))
            .RequireAuthorization(ChatAuthorization.PolicyName);
        return app;
    }
}
