using System.Text.Json;
using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Connections;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Dialects.Contract;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Runs;
using Netra.E2E.Simulator.Threads;
using Netra.E2E.Simulator.Wording;

namespace Netra.E2E.Simulator.Tests.Support;

/// <summary>A run planned as the executor plans it, with a connection's faults, for tests of what a fault does to the plan.</summary>
public sealed record FaultyPlan(SimulatorFault Fault, string Question)
{
    public static readonly RunScope Run = new("run_7", "thread_3", "user-1");

    public string Parameters { get; init; } = "{}";
    public IReadOnlyList<ThreadTurn> History { get; init; } = [];
    public string? Agent { get; init; }
    public AgentRouting Routing { get; init; } = AgentRouting.ByName;
    public StatedSpends Spends { get; init; } = new();

    public RunPlan Plan(IAnswerWriter writer)
    {
        var ids = new SequentialIds();
        var decorators = new FaultDecorators(new ContractDialect(TimeProvider.System, ids), new RunPublisher(new ConnectionRegistry()), ids, Spends);
        var faults = new ConnectionFaults(Fault);
        var planner = decorators.Planner(new EventPlanner(decorators.Agents(new AgentCatalog(), faults), writer), faults);
        using var parameters = JsonDocument.Parse(Parameters);
        return planner.Plan(new RunInput(Run, Agent, RequestProfile.From(Question, parameters.RootElement.Clone()), History, Routing))!;
    }

    /// <summary>The answer as the run's completion carries it.</summary>
    public AgentAnswer Answer(IAnswerWriter writer) => Plan(writer).Events.OfType<AgentCompleted>().Single().Answer;
}
