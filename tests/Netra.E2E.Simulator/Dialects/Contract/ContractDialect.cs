using System.Text.Json.Nodes;
using Netra.E2E.Simulator.Auth;
using Netra.E2E.Simulator.Hosting;
using Netra.E2E.Simulator.Threads;

namespace Netra.E2E.Simulator.Dialects.Contract;

/// <summary>The strict wire form of the protocol's sections 1-3: the simulator's default.</summary>
public sealed class ContractDialect(TimeProvider time, IIdSource ids, int? frameLimitBytes = null) : IServerDialect
{
    public const int DefaultFrameLimitBytes = 64 * 1024;
    public const string Service = "netra-backend";
    public const string Version = "1.0.0-simulator";

    private readonly ContractDecoder _decoder = new(ids);
    private readonly ContractEncoder _encoder = new(time, ids);

    public ClientFrame Decode(string? frame) => _decoder.Decode(frame);

    public string Encode(ServerMessage message) => _encoder.Encode(message);

    public IReadOnlyList<ServerMessage> Greeting(string connectionId, string userId) => [new Welcome(connectionId, userId, time.GetUtcNow())];

    /// <summary>The contract server never speaks unasked; WebSocket keep-alive pings are below the protocol.</summary>
    public ServerHeartbeat? Heartbeat => null;

    public ServerConduct Conduct { get; } = new(frameLimitBytes ?? DefaultFrameLimitBytes, DropsOversizedFrames: false, OneRunPerConnection: false,
        AgentRouting.ByName, ThreadRouting.NamedOrNew, ReadsQueryToken: false);

    /// <summary>A token offered as jwt.&lt;base64url&gt; is selected, as section 2 says.</summary>
    public string? SelectSubprotocol(IReadOnlyList<string> offered) =>
        offered.FirstOrDefault(p => p.StartsWith(TokenSubprotocol.Prefix, StringComparison.Ordinal));

    public HandshakeRefusal Refuse(TokenProblem problem, string reason, CredentialEcho? echo) => ContractRefusals.Of(problem, echo);

    public JsonObject HealthBody(string status) => new()
    {
        ["status"] = status,
        ["service"] = Service,
        ["version"] = Version,
        ["environment"] = "simulator",
        ["timestamp"] = time.GetUtcNow().ToString("O"),
    };
}
