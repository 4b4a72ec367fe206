using Netra.E2E.Simulator.Connections;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Faults;

namespace Netra.E2E.Simulator.Runs;

/// <summary>Answers what one connection sends: a run, a pong, an acknowledgement or the dialect's error. Never throws on bad input.</summary>
public sealed class RequestRouter(ChatConnection connection, IServerDialect dialect, IRunExecutor runs, TimeProvider time) : IConnectionHandler
{
    private readonly RunQueue? _queue = dialect.Conduct.OneRunPerConnection ? new RunQueue() : null;

    public void Opened()
    {
        foreach (var message in dialect.Greeting(connection.Id, connection.UserId))
        {
            Send(message);
        }

        if (dialect.Heartbeat is { } heartbeat)
        {
            _ = BeatAsync(heartbeat);
        }
    }

    public void Received(string? frame)
    {
        switch (dialect.Decode(frame))
        {
            case PingRequest ping:
                Send(new Pong(ping.MessageId, connection.UserId));
                break;
            case HeartbeatRequest:
                Send(new HeartbeatAck());
                break;
            case UnhandledFrame unhandled:
                Send(new Acknowledgement(unhandled.ReceivedType, connection.UserId));
                break;
            case UserMessageRequest m:
                Start(new RunRequest(m.RunId, m.AgentName, m.Content, m.ThreadId, m.Parameters));
                break;
            case StartAgentRequest s:
                Start(new RunRequest(s.RunId, s.AgentType, s.UserRequest, s.ThreadId, s.Parameters));
                break;
            case DecodeError error:
                Send(new ErrorMessage(error.Code, error.Message, error.RunId is null ? null : new RunScope(error.RunId, UserId: connection.UserId)));
                break;
        }
    }

    public void Oversized(int limitBytes) =>
        Send(new ErrorMessage(ErrorCode.MessageTooLarge, $"frame exceeds the {limitBytes} byte limit"));

    private void Start(RunRequest request)
    {
        if (_queue is null)
        {
            _ = runs.Start(connection, request);
        }
        else
        {
            _queue.Enqueue(() => runs.Start(connection, request));
        }
    }

    private void Send(ServerMessage message) => connection.Send(dialect.Encode(message));

    private async Task BeatAsync(ServerHeartbeat heartbeat)
    {
        using var timer = new PeriodicTimer(heartbeat.Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(connection.Closing))
            {
                Send(heartbeat.Next());
            }
        }
        catch (OperationCanceledException)
        {
            // The connection closed.
        }
    }
}

/// <summary>One router per connection, speaking the injected dialect as the connection's faults bend it.</summary>
public sealed class RequestRouterFactory(IServerDialect dialect, IRunExecutor runs, FaultDecorators faults, TimeProvider time) : IConnectionHandlerFactory
{
    public IConnectionHandler Create(ChatConnection connection) =>
        faults.Handler(new RequestRouter(connection, faults.Dialect(dialect, connection.Faults), runs, time), connection);
}
