using System.Text.Json.Nodes;
using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Auth;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Threads;

namespace Netra.E2E.Simulator.Faults;

/// <summary>Passes everything through to the dialect; a fault overrides the one job it breaks.</summary>
public abstract class ServerDialectDecorator(IServerDialect inner) : IServerDialect
{
    public virtual ClientFrame Decode(string? frame) => inner.Decode(frame);

    public virtual string Encode(ServerMessage message) => inner.Encode(message);

    public virtual IReadOnlyList<ServerMessage> Greeting(string connectionId, string userId) => inner.Greeting(connectionId, userId);

    public virtual ServerHeartbeat? Heartbeat => inner.Heartbeat;

    public virtual ServerConduct Conduct => inner.Conduct;

    public virtual string? SelectSubprotocol(IReadOnlyList<string> offered) => inner.SelectSubprotocol(offered);

    public virtual HandshakeRefusal Refuse(TokenProblem problem, string reason, CredentialEcho? echo) => inner.Refuse(problem, reason, echo);

    public virtual JsonObject HealthBody(string status) => inner.HealthBody(status);
}

/// <summary>NoErrorForInvalidRequest, at decoding: a frame the protocol calls invalid gets no error.</summary>
public sealed class SilentOnInvalidRequests(IServerDialect inner) : ServerDialectDecorator(inner)
{
    public override ClientFrame Decode(string? frame)
    {
        var decoded = base.Decode(frame);
        return decoded is DecodeError error ? new UnansweredFrame($"{nameof(SimulatorFault.NoErrorForInvalidRequest)}: {error.Message}") : decoded;
    }
}

/// <summary>NoErrorForInvalidRequest, at agent lookup: an unknown agent name gets the default agent's answer.</summary>
public sealed class DefaultAgentForUnknownNames(IAgentDirectory inner) : IAgentDirectory
{
    public IReadOnlyCollection<string> Names => inner.Names;

    public RunScript? Plan(string? agentName, RequestProfile profile, IReadOnlyList<ThreadTurn> history) =>
        inner.Plan(agentName, profile, history) ?? inner.Plan(null, profile, history);

    public RunScript Supervise(RequestProfile profile, IReadOnlyList<ThreadTurn> history) => inner.Supervise(profile, history);
}
