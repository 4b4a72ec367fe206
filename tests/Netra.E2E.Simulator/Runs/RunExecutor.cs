using Microsoft.Extensions.Options;
using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Connections;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Hosting;
using Netra.E2E.Simulator.Threads;
using Netra.E2E.Simulator.Wording;

namespace Netra.E2E.Simulator.Runs;

public interface IRunExecutor
{
    /// <summary>Starts the run; the task ends when it has finished streaming (or was refused).</summary>
    Task Start(ChatConnection origin, RunRequest request);
}

/// <summary>Opens the run's thread, has the agent the server routes to plan it, and streams its events to the owner's connections.</summary>
public sealed class RunExecutor(
    IAgentDirectory agents,
    IAnswerWriter writer,
    ThreadStore threads,
    IServerDialect dialect,
    RunPublisher publisher,
    RunStreamer streamer,
    FaultDecorators faults,
    IOptions<SimulatorOptions> options,
    TimeProvider time) : IRunExecutor
{
    public Task Start(ChatConnection origin, RunRequest request)
    {
        var conduct = dialect.Conduct;
        var thread = threads.Open(origin.UserId, request.ThreadId, conduct.Threads);
        if (thread is null)
        {
            return Reply(origin, new ErrorMessage(ErrorCode.ThreadAccessDenied, "That thread is not available to this user.", new RunScope(request.RunId, UserId: origin.UserId)));
        }

        var run = new RunScope(request.RunId, thread.Id, origin.UserId);
        RequestProfile profile;
        try
        {
            profile = RequestProfile.From(request.Text, request.Parameters);
        }
        catch (UnusableRequestException ex)
        {
            return Reply(origin, new ErrorMessage(ErrorCode.InvalidMessage, ex.Message, run));
        }

        var planner = faults.Planner(new EventPlanner(faults.Agents(agents, origin.Faults), writer), origin.Faults);
        var plan = planner.Plan(new RunInput(run, request.AgentName, profile, thread.Turns, conduct.Agents));
        if (plan is null)
        {
            return Reply(origin, new ErrorMessage(ErrorCode.AgentNotFound,
                $"No agent named '{request.AgentName}'. Known agents: {string.Join(", ", agents.Names.Order())}.", run));
        }

        var stream = faults.Stream(new PublishingStream(origin, dialect, publisher, time, options.Value.EventDelay), origin);
        return streamer.StreamAsync(origin, thread, new ThreadTurn(request.Text, plan.Facts), run, plan.Events, stream);
    }

    private Task Reply(ChatConnection origin, ServerMessage message)
    {
        origin.Send(dialect.Encode(message));
        return Task.CompletedTask;
    }
}
