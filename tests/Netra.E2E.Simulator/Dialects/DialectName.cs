namespace Netra.E2E.Simulator.Dialects;

/// <summary>The wire forms the simulator can speak (Simulator:Dialect).</summary>
public enum DialectName
{
    /// <summary>The strict form of the protocol's sections 1-3.</summary>
    Contract,

    /// <summary>The deployed backend, as netra-protocol.md section 8 records it.</summary>
    Staging,
}
