using Netra.E2E.Simulator.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddNetraSimulator();

var app = builder.Build();
app.UseNetraSimulator();
app.Run();

/// <summary>Entry point, public so that WebApplicationFactory can host the simulator in-process.</summary>
public partial class Program;
