using Netra.E2E.Simulator.Threads;

namespace Netra.E2E.Simulator.Agents;

/// <summary>Finds the agent a request names and has it plan its run.</summary>
public interface IAgentDirectory
{
    IReadOnlyCollection<string> Names { get; }

    /// <summary>The agent's script for this request, or null when no agent has that name.</summary>
    RunScript? Plan(string? agentName, RequestProfile profile, IReadOnlyList<ThreadTurn> history);

    /// <summary>The supervisor's script, for a server that reads no agent name: triage routes the request to a specialist.</summary>
    RunScript Supervise(RequestProfile profile, IReadOnlyList<ThreadTurn> history);
}

/// <summary>The agents the simulator knows, by the names clients use; the triage agent answers when none is named.</summary>
public sealed class AgentCatalog : IAgentDirectory
{
    public const string TriageAgent = "triage_agent";

    private readonly Dictionary<string, Func<RequestProfile, IReadOnlyList<ThreadTurn>, RunScript>> _agents = new(StringComparer.Ordinal)
    {
        ["cost_optimizer"] = (p, h) => Route("cost_optimizer", p, h, CostAnalyst.Analyse),
        ["optimization_agent"] = (p, h) => Route("optimization_agent", p, h, CostAnalyst.Analyse),
        ["performance_optimizer"] = (p, h) => Route("performance_optimizer", p, h, PerformanceAnalyst.Analyse),
        ["unified_data_agent"] = (p, h) => Route("unified_data_agent", p, h, DataAnalyst.Analyse),
        ["data_analyzer"] = (p, h) => Route("data_analyzer", p, h, DataAnalyst.Analyse),
        [Supervisor.Name] = (p, _) => Supervisor.Coordinate(p),
        [TriageAgent] = (p, h) => Route(TriageAgent, p, h, Triage.AnalystFor(Triage.IntentOf(p))),
    };

    public IReadOnlyCollection<string> Names => _agents.Keys;

    public RunScript? Plan(string? agentName, RequestProfile profile, IReadOnlyList<ThreadTurn> history) =>
        _agents.TryGetValue(ResolveName(agentName), out var agent) ? agent(profile, history) : null;

    public RunScript Supervise(RequestProfile profile, IReadOnlyList<ThreadTurn> history) => Supervisor.Delegate(profile, history);

    public static string ResolveName(string? agentName) => string.IsNullOrWhiteSpace(agentName) ? TriageAgent : agentName;

    /// <summary>Any agent first checks what the request refers to; only a plain question reaches its specialist.</summary>
    public static RunScript Route(string name, RequestProfile profile, IReadOnlyList<ThreadTurn> history, Func<string, RequestProfile, RunScript> specialist)
    {
        if (profile.LooksMalformed)
        {
            return ConversationAnalyst.Clarify(name);
        }

        if (profile.UnknownService is not null)
        {
            return ConversationAnalyst.ServiceNotFound(name, profile);
        }

        if (profile.FollowUp != FollowUpKind.None && history.Count > 0)
        {
            return ConversationAnalyst.FollowUp(name, profile, history);
        }

        return specialist(name, profile);
    }
}
