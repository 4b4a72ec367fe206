using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Auth;
using Netra.E2E.Simulator.Connections;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Replay;
using Netra.E2E.Simulator.Runs;
using Netra.E2E.Simulator.Threads;
using Netra.E2E.Simulator.Wording;

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

        StrictSettings.Validate(builder.Configuration);
        if (ReplayOptions.Read(builder.Configuration, builder.Environment.ContentRootPath) is { } replay)
        {
            return builder.AddNetraReplay(replay);
        }

        var services = builder.Services;
        services.Configure<SimulatorOptions>(builder.Configuration.GetSection(SimulatorOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IIdSource, RandomIds>();
        services.AddSingleton<ServerErrors>();
        services.AddSingleton(sp => SimulatorIdentity.From(sp.GetRequiredService<IOptions<SimulatorOptions>>().Value));
        services.AddSingleton(sp => ServerDialects.Create(
            sp.GetRequiredService<IOptions<SimulatorOptions>>().Value, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IIdSource>()));
        services.AddSingleton<IAnswerWriter>(sp => sp.GetRequiredService<SimulatorIdentity>().Writer());
        services.AddNetraAuthentication(builder.Configuration);
        services.AddSingleton<IHandshakeAuthenticator, HandshakeAuthenticator>();
        services.AddSingleton<HealthEndpoint>();
        services.AddSingleton<ThreadStore>();
        services.AddSingleton<ConnectionRegistry>();
        services.AddSingleton<AgentCatalog>();
        services.AddSingleton<IAgentDirectory>(sp => sp.GetRequiredService<AgentCatalog>());
        services.AddSingleton<RunPublisher>();
        services.AddSingleton<RunStreamer>();
        services.AddSingleton<RunExecutor>();
        services.AddSingleton<IConnectionHandlerFactory, RequestRouterFactory>();
        services.AddSingleton<ChatEndpoint>();
        services.AddSimulatorFaults();
        return builder;
    }

    public static WebApplication UseNetraSimulator(this WebApplication app)
    {
        if (app.IsReplaying())
        {
            return app.UseNetraReplay();
        }

        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseFaultSelection();

        // Explicitly after fault selection: otherwise the host adds authentication first, before a fault can bend it.
        app.UseAuthentication();
        app.Logger.LogInformation("Netra simulator: {Identity}", app.Services.GetRequiredService<SimulatorIdentity>());

        app.MapGet("/health", HealthEndpoint.Handle);
        app.MapGet("/api/health", HealthEndpoint.Handle);
        app.Map("/ws", (HttpContext context, ChatEndpoint endpoint) => endpoint.HandleAsync(context));
        return app;
    }
}
