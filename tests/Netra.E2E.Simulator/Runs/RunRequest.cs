using System.Text.Json;

namespace Netra.E2E.Simulator.Runs;

/// <summary>A validated request to run an agent, from user_message or start_agent.</summary>
public sealed record RunRequest(string RunId, string? AgentName, string Text, string? ThreadId, JsonElement Parameters);
