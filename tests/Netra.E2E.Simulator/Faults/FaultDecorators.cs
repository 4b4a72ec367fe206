using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Auth;
using Netra.E2E.Simulator.Connections;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Hosting;
using Netra.E2E.Simulator.Runs;

namespace Netra.E2E.Simulator.Faults;

/// <summary>Which fault decorates which per-connection seam, in the order they apply (innermost first).</summary>
public sealed class FaultDecorators(IServerDialect dialect, RunPublisher publisher, IIdSource ids, StatedSpends spends)
{
    public IHandshakeAuthenticator Authenticator(IHandshakeAuthenticator inner, ConnectionFaults faults) => Apply(inner, faults,
    [
        (SimulatorFault.AcceptForgedWithTestHeaders, a => new TestHeaderBypass(a)),
        (SimulatorFault.AuthenticateNobody, _ => new AuthenticateNobody()),
        (SimulatorFault.EchoTokenInRefusal, a => new EchoTokenInRefusal(a)),
    ]);

    public IConnectionHandler Handler(IConnectionHandler inner, ChatConnection connection) =>
        connection.Faults.Has(SimulatorFault.FailEveryConnection) ? FailingConnection.Handler(connection, dialect) : inner;

    public IServerDialect Dialect(IServerDialect inner, ConnectionFaults faults) => Apply(inner, faults,
    [
        (SimulatorFault.NoErrorForInvalidRequest, d => new SilentOnInvalidRequests(d)),
        (SimulatorFault.InternalErrorForBadInput, d => new InternalErrorForUnreadableFrames(d)),
        (SimulatorFault.AliveButNeverRuns, d => new NeverRuns(d)),
        (SimulatorFault.GreetsThenSilent, d => new SilentConnection(d, greets: true)),
        (SimulatorFault.NeverGreets, d => new SilentConnection(d, greets: false)),
    ]);

    public IAgentDirectory Agents(IAgentDirectory inner, ConnectionFaults faults) => Apply(inner, faults,
    [
        (SimulatorFault.NoErrorForInvalidRequest, a => new DefaultAgentForUnknownNames(a)),
        (SimulatorFault.ImplausibleSavings, a => new ImplausibleSavings(a)),
    ]);

    public IRunPlanner Planner(IRunPlanner planner, ConnectionFaults faults) => Apply(planner, faults, PlanFaults);

    public IEventStream Stream(IEventStream stream, ChatConnection origin) => Apply(stream, origin.Faults,
    [
        (SimulatorFault.NegativeDuration, s => new NegativeDuration(s)),
        (SimulatorFault.EveryEventTwice, s => new EveryEventTwice(s, ids)),
        (SimulatorFault.StreamsForever, s => new ThinkEvery200Ms(s)),
        (SimulatorFault.SlowEvents, s => new SlowEvents(s)),
        (SimulatorFault.TimestampsBackwards, s => new TimestampsBackwards(s)),
        (SimulatorFault.CloseMidRun, s => new CloseMidRun(s, origin)),
        (SimulatorFault.ServerException, s => new ThrowWhileStreaming(s)),
        (SimulatorFault.LeakOtherUsersEvents, s => new LeakForeignFrame(s, origin, dialect, publisher, ids)),

        // Outermost: a stalled run sends nothing, not even a leaked frame.
        (SimulatorFault.Stall, s => new Stall(s)),
    ]);

    private (SimulatorFault Fault, Func<IRunPlanner, IRunPlanner> Decorate)[] PlanFaults =>
    [
        (SimulatorFault.WrongProvider, p => new WrongProvider(p)),
        (SimulatorFault.IgnoreThreadContext, p => new IgnoreThreadContext(p)),
        (SimulatorFault.ForgetThreadQuietly, p => new OmitFollowUpSavings(new IgnoreThreadContext(p))),
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

        // The answer's words, then what comes after the completion: both need the completion as it was planned.
        (SimulatorFault.NaNSavings, p => new NaNSavings(p)),
        (SimulatorFault.GenericAnswer, p => new GenericAnswer(p)),
        (SimulatorFault.EchoTemplate, p => new EchoTemplate(p)),
        (SimulatorFault.KeywordsOutsideProse, p => new KeywordsOutsideProse(p)),
        (SimulatorFault.LeakPreviousCallersSpend, p => new LeakPreviousSpend(p, spends)),
        (SimulatorFault.StepBeyondTotal, p => new StepBeyondTotal(p)),
        (SimulatorFault.ThinkingAfterCompletion, p => new AfterCompletion(p, AfterCompletion.Thought)),
        (SimulatorFault.ToolAfterCompletion, p => new AfterCompletion(p, AfterCompletion.Tool)),
        (SimulatorFault.SecondCompletion, p => new AfterCompletion(p, AfterCompletion.Again)),
        (SimulatorFault.ErrorAfterCompletion, p => new AfterCompletion(p, AfterCompletion.Error)),
        (SimulatorFault.UnknownEventType, p => new MisnameAgentCompleted(p)),
        (SimulatorFault.MismatchedThreadId, p => new MismatchedThreadId(p)),
        (SimulatorFault.InternalErrorForBadInput, p => new InternalErrorForFragments(p)),

        // Outermost: the run is one error, whatever else was asked; unless it streams forever, which nothing may copy.
        (SimulatorFault.ErrorForValidRequest, p => new ErrorForValidRequest(p)),
        (SimulatorFault.StreamsForever, p => new StreamsForever(p)),
    ];

    private static T Apply<T>(T seam, ConnectionFaults faults, IEnumerable<(SimulatorFault Fault, Func<T, T> Decorate)> decorators)
    {
        if (faults.Active == SimulatorFault.None)
        {
            return seam;
        }

        foreach (var (fault, decorate) in decorators)
        {
            if (faults.Has(fault))
            {
                seam = decorate(seam);
            }
        }

        return seam;
    }
}
