using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Netra.E2E.Simulator.Replay;

/// <summary>Wires the replay host: with Simulator:Replay:Cassettes set, /health and /ws serve cassettes and nothing is simulated (no JWT secret needed).</summary>
public static class ReplaySetup
{
    public static WebApplicationBuilder AddNetraReplay(this WebApplicationBuilder builder, ReplayOptions options)
    {
        builder.Services.AddSingleton(options);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<CassetteLibrary>();
        builder.Services.AddSingleton<ReplayHealth>();
        builder.Services.AddSingleton<ReplayEndpoint>();
        return builder;
    }

    public static bool IsReplaying(this WebApplication app) => app.Services.GetService<ReplayOptions>() is not null;

    public static WebApplication UseNetraReplay(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<ReplayOptions>();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.Logger.LogInformation("Netra replay: {Count} cassettes in {Directory}, speed {Speed}",
            app.Services.GetRequiredService<CassetteLibrary>().Count, options.Cassettes, options.Speed);

        app.MapGet("/health", (ReplayHealth health) => health.Answer());
        app.Map("/ws", (HttpContext context, ReplayEndpoint endpoint) => endpoint.HandleAsync(context));
        return app;
    }
}
