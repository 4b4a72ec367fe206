using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Netra.E2E.Simulator.Auth;
using Netra.E2E.Simulator.Hosting;
using Netra.E2E.Simulator.Threads;

namespace Netra.E2E.Simulator.Dialects.Staging;

/// <summary>The deployed backend as netra-protocol.md section 8 records it (the September 2025 build).</summary>
public sealed class StagingDialect : IServerDialect
{
    public const int DefaultFrameLimitBytes = 8192;
    public const string JwtAuthSubprotocol = "jwt-auth";
    public const string AuthCloseDescription = "SSOT Auth failed";
    public const string Service = "netra-ai-platform";
    public const string Version = "1.0.0";

    private readonly TimeProvider _time;
    private readonly TimeSpan _heartbeat;
    private readonly StagingDecoder _decoder;
    private readonly StagingEncoder _encoder;

    public StagingDialect(TimeProvider time, IIdSource ids, int heartbeatSeconds = 25, int? frameLimitBytes = null)
    {
        _time = time;
        _heartbeat = TimeSpan.FromSeconds(heartbeatSeconds);
        var limit = frameLimitBytes ?? DefaultFrameLimitBytes;
        _decoder = new StagingDecoder(new StagingRunIds(time, ids));
        _encoder = new StagingEncoder(time, ids, heartbeatSeconds, limit);
        Conduct = new ServerConduct(limit, DropsOversizedFrames: true, OneRunPerConnection: true, AgentRouting.Supervisor, ThreadRouting.OneThreadPerUser,
            ReadsQueryToken: true);
    }

    public ServerConduct Conduct { get; }

    public ClientFrame Decode(string? frame) => _decoder.Decode(frame);

    public string Encode(ServerMessage message) => _encoder.Encode(message);

    /// <summary>The welcome, then a ping at once.</summary>
    public IReadOnlyList<ServerMessage> Greeting(string connectionId, string userId) => [new Welcome(connectionId, userId, _time.GetUtcNow()), new ServerPing()];

    public ServerHeartbeat? Heartbeat => new(_heartbeat, () => new ServerPing());

    /// <summary>jwt-auth is selected when offered; a token subprotocol (jwt.&lt;b64url&gt;) is read but never selected.</summary>
    public string? SelectSubprotocol(IReadOnlyList<string> offered) => offered.Contains(JwtAuthSubprotocol) ? JwtAuthSubprotocol : null;

    public HandshakeRefusal Refuse(TokenProblem problem, string reason, CredentialEcho? echo) =>
        new ClosingRefusal(new AuthenticationFailed(problem, reason) { Echo = echo }, WebSocketCloseStatus.PolicyViolation, AuthCloseDescription);

    public JsonObject HealthBody(string status) => new()
    {
        ["status"] = status,
        ["service"] = Service,
        ["version"] = Version,
        ["timestamp"] = StagingClock.Epoch(_time.GetUtcNow()),
    };
}
