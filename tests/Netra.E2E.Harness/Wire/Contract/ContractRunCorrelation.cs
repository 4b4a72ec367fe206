using Netra.E2E.Harness.Wire.Messages;

namespace Netra.E2E.Harness.Wire.Contract;

/// <summary>The contract's correlation: the server echoes the client's run id; the run ends at agent_completed or error.</summary>
public sealed class ContractRunCorrelation(string runId) : IRunCorrelation
{
    public string RunId { get; } = runId;

    // A malformed frame has no readable run id: it is claimed so that the contract check reports it.
    public bool Claims(NetraEvent e) => e.RunId == RunId || e.IsMalformed;

    public bool Ends(NetraEvent e) => e.IsTerminal;
}
