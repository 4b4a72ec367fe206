using Netra.E2E.Harness.Wire.Messages;

namespace Netra.E2E.Harness.Wire.Staging;

/// <summary>
/// The deployed backend makes its own run ids and runs one request at a time per connection: a request's run is the
/// next run that starts on the connection after it was sent (its first run event, or the client's id if the server
/// ever echoes it), and never another user's (the emitter names the run's owner). The run ends with the completion of
/// the agent that started it, not a sub-agent's, or with its error.
/// </summary>
public sealed class StagingRunCorrelation(string clientRunId, string userId) : IRunCorrelation
{
    private bool _started;
    private string? _serverRunId;
    private string? _startingAgent;

    public string RunId => _serverRunId ?? clientRunId;

    public bool Claims(NetraEvent e)
    {
        if (!_started)
        {
            if (e.RunId == clientRunId || (StartsRun(e) && (e.UserId is null || e.UserId == userId)))
            {
                _started = true;
                _serverRunId = e.RunId;
                _startingAgent = e.Type == EventNames.AgentStarted ? e.AgentName : null;
                return true;
            }

            return e.IsMalformed;
        }

        // The fallback handler's runs carry no run id at all: their events are the run events without one.
        return e.IsMalformed || (e.IsAgentError && e.RunId is null) ||
               (_serverRunId is null ? e.RunId is null && EventNames.RunEvents.Contains(e.Type) : e.RunId == _serverRunId);
    }

    public bool Ends(NetraEvent e) =>
        e.Type == EventNames.Error ||
        (e.Type == EventNames.AgentCompleted && (_startingAgent is null || e.AgentName is null || e.AgentName == _startingAgent));

    private static bool StartsRun(NetraEvent e) =>
        EventNames.RunEvents.Contains(e.Type) && (e.Type != EventNames.Error || e.RunId is not null || e.IsAgentError);
}
