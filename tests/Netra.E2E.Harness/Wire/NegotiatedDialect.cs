using Netra.E2E.Harness.Wire.Contract;
using Netra.E2E.Harness.Wire.Messages;
using Netra.E2E.Harness.Wire.Staging;

namespace Netra.E2E.Harness.Wire;

/// <summary>
/// One session's dialect, settled by the greeting: until then each frame is read by the dialect whose form it has;
/// the dialect that read the greeting reads the rest of the session. One per session.
/// </summary>
public sealed class NegotiatedDialect(ContractDialect contract, StagingDialect staging) : IWireDialect
{
    private IWireDialect? _settled;

    public NegotiatedDialect()
        : this(new ContractDialect(), new StagingDialect())
    {
    }

    private IWireDialect? Settled => Volatile.Read(ref _settled);

    public string Name => Settled?.Name ?? "not settled";

    public NetraEvent Read(string frame, TimeSpan receivedAt)
    {
        if (Settled is { } settled)
        {
            return settled.Read(frame, receivedAt);
        }

        IWireDialect reader = StagingDialect.Recognises(frame) ? staging : contract;
        var read = reader.Read(frame, receivedAt);
        if (reader.IsGreeting(read))
        {
            Volatile.Write(ref _settled, reader);
        }

        return read;
    }

    public string Write(ClientRequest request) => contract.Write(request);

    public string? ReplyTo(NetraEvent e) => (Settled ?? staging).ReplyTo(e);

    public bool IsGreeting(NetraEvent e) => (Settled ?? contract).IsGreeting(e);

    public bool IsPongTo(NetraEvent e, string pingMessageId) => (Settled ?? contract).IsPongTo(e, pingMessageId);

    public IRunCorrelation Correlate(string clientRunId, string userId) => (Settled ?? contract).Correlate(clientRunId, userId);
}
