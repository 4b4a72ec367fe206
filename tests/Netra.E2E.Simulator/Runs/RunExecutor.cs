using Microsoft.Extensions.Options;
using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Connections;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Hosting;
using Netra.E2E.Simulator.Threads;

namespace Netra.E2E.Simulator.Runs;

public interface IRunExecutor
{
    void Start(ChatConnection origin, RunRequest request);
}

/// <summary>Opens the run's thread, has the named agent plan it, and streams its events to the owner's connections.</summary>
public sealed class RunExecutor(
    IAgentDirectory agents,
    ThreadStore threads,
    IServerDialect dialect,
    RunPublisher publisher,
    RunStreamer streamer,
    FaultDecorators faults,
    IOptions<SimulatorOptions> options,
    TimeProvider time) : IRunExecutor
{
    public void Start(ChatConnection origin, RunRequest request)
    {
        var thread = threads.Open(origin.UserId, request.ThreadId);
        if (thread is null)
        {
            Reply(origin, new ErrorMessage(ErrorCode.ThreadAccessDenied, "That thread is not available to this user.", new RunScope(request.RunId)));
            return;
        }

        var run = new RunScope(request.RunId, thread.Id);
        RequestProfile profile;
        try
        {
            profile = RequestProfile.From(request.Text, request.Parameters);
        }
        catch (UnusableRequestException ex)
        {
            Reply(origin, new ErrorMessage(ErrorCode.InvalidMessage, ex.Message, run));
            return;
        }

        var planner = faults.Planner(new EventPlanner(faults.Agents(agents, origin.Faults)), origin.Faults);
        var plan = planner.Plan(new RunInput(run, request.AgentName, profile, thread.Turns));
        if (plan is null)
        {
            Reply(origin, new ErrorMessage(ErrorCode.AgentNotFound,
                $"No agent named '{request.AgentName}'. Known agents: {string.Join(", ", agents.Names.Order())}.", run));
            return;
        }

        var stream = faults.Stream(new PublishingStream(origin, dialect, publisher, time, options.Value.EventDelay), origin);
        _ = streamer.StreamAsync(origin, thread, new ThreadTurn(request.Text, plan.Answer), run, plan.Events, stream);
    }

    private void Reply(ChatConnection origin, ServerMessage message) => origin.Send(dialect.Encode(message));
}
