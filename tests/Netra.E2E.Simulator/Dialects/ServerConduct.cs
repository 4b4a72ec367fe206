using Netra.E2E.Simulator.Threads;

namespace Netra.E2E.Simulator.Dialects;

/// <summary>Who answers a request.</summary>
public enum AgentRouting
{
    /// <summary>The agent the request names (the default agent when it names none); an unknown name is an error.</summary>
    ByName,

    /// <summary>No agent name is read: the supervisor answers every request, through triage and a specialist.</summary>
    Supervisor,
}

/// <summary>
/// The rules a server keeps beyond its frames: the contract's, or the deployed backend's (netra-protocol.md section 8).
/// Declared by the dialect so that the layers above it follow rules, never a dialect's name.
/// </summary>
/// <param name="FrameLimitBytes">The largest client frame read.</param>
/// <param name="DropsOversizedFrames">A larger frame is dropped without a word and the connection stays open; otherwise it is answered and the connection closes (1009).</param>
/// <param name="OneRunPerConnection">A request that arrives during a run on the same connection waits until that run has finished.</param>
/// <param name="ReadsQueryToken">The token may also come as ?token= on the upgrade request.</param>
public sealed record ServerConduct(
    int FrameLimitBytes,
    bool DropsOversizedFrames,
    bool OneRunPerConnection,
    AgentRouting Agents,
    ThreadRouting Threads,
    bool ReadsQueryToken);
