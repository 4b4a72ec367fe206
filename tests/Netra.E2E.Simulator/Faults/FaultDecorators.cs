using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Connections;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Hosting;
using Netra.E2E.Simulator.Runs;

namespace Netra.E2E.Simulator.Faults;

/// <summary>Which fault decorates which per-connection seam, in the order they apply (innermost first).</summary>
public sealed class FaultDecorators(IServerDialect dialect, RunPublisher publisher, IIdSource ids)
{
    public IServerDialect Dialect(IServerDialect inner, ConnectionFaults faults) =>
        faults.Has(SimulatorFault.NoErrorForInvalidRequest) ? new SilentOnInvalidRequests(inner) : inner;

    public IAgentDirectory Agents(IAgentDirectory inner, ConnectionFaults faults) =>
        faults.Has(SimulatorFault.NoErrorForInvalidRequest) ? new DefaultAgentForUnknownNames(inner) : inner;

    public IRunPlanner Planner(IRunPlanner planner, ConnectionFaults faults)
    {
        if (faults.Active == SimulatorFault.None)
        {
            return planner;
        }

        foreach (var (fault, decorate) in PlanFaults)
        {
            if (faults.Has(fault))
            {
                planner = decorate(planner);
            }
        }

        return planner;
    }

    public IEventStream Stream(IEventStream stream, ChatConnection origin)
    {
        var faults = origin.Faults;
        if (faults.Active == SimulatorFault.None)
        {
            return stream;
        }

        if (faults.Has(SimulatorFault.SlowEvents))
        {
            stream = new SlowEvents(stream);
        }

        if (faults.Has(SimulatorFault.TimestampsBackwards))
        {
            stream = new TimestampsBackwards(stream);
        }

        if (faults.Has(SimulatorFault.CloseMidRun))
        {
            stream = new CloseMidRun(stream, origin);
        }

        if (faults.Has(SimulatorFault.ServerException))
        {
            stream = new ThrowWhileStreaming(stream);
        }

        if (faults.Has(SimulatorFault.LeakOtherUsersEvents))
        {
            stream = new LeakForeignFrame(stream, origin, dialect, publisher, ids);
        }

        // Outermost: a stalled run sends nothing, not even a leaked frame.
        return faults.Has(SimulatorFault.Stall) ? new Stall(stream) : stream;
    }

    private static readonly (SimulatorFault Fault, Func<IRunPlanner, IRunPlanner> Decorate)[] PlanFaults =
    [
        (SimulatorFault.IgnoreThreadContext, p => new IgnoreThreadContext(p)),
        (SimulatorFault.NoBusinessValue, p => new NoBusinessValue(p)),
        (SimulatorFault.OmitAgentStarted, p => new Omit<AgentStarted>(p)),
        (SimulatorFault.OmitAgentThinking, p => new Omit<AgentThinking>(p)),
        (SimulatorFault.OmitToolExecuting, p => new Omit<ToolExecuting>(p)),
        (SimulatorFault.OmitToolCompleted, p => new Omit<ToolCompleted>(p)),
        (SimulatorFault.OmitAgentCompleted, p => new Omit<AgentCompleted>(p)),
        (SimulatorFault.EventsOutOfOrder, p => new EventsOutOfOrder(p)),
        (SimulatorFault.OrphanToolCompleted, p => new OrphanToolCompleted(p)),
        (SimulatorFault.MalformedFrame, p => new InsertBrokenFrame(p, new TruncatedFrame())),
        (SimulatorFault.OversizedFrame, p => new InsertBrokenFrame(p, new OversizedFrame(2 * 1024 * 1024))),
        (SimulatorFault.UnknownEventType, p => new MisnameAgentCompleted(p)),
        (SimulatorFault.MismatchedThreadId, p => new MismatchedThreadId(p)),

        // Outermost: the run is one error, whatever else was asked.
        (SimulatorFault.ErrorForValidRequest, p => new ErrorForValidRequest(p)),
    ];
}
