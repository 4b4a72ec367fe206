using Netra.E2E.Simulator.Hosting;

namespace Netra.E2E.Simulator.Dialects.Contract;

/// <summary>The strict wire form of the protocol's sections 1-3: the simulator's default.</summary>
public sealed class ContractDialect(TimeProvider time, IIdSource ids) : IServerDialect
{
    private readonly ContractDecoder _decoder = new(ids);
    private readonly ContractEncoder _encoder = new(time, ids);

    public ClientFrame Decode(string? frame) => _decoder.Decode(frame);

    public string Encode(ServerMessage message) => _encoder.Encode(message);

    public IReadOnlyList<ServerMessage> Greeting(string connectionId, string userId) => [new Welcome(connectionId, userId, time.GetUtcNow())];

    /// <summary>The contract server never speaks unasked; WebSocket keep-alive pings are below the protocol.</summary>
    public ServerHeartbeat? Heartbeat => null;
}
