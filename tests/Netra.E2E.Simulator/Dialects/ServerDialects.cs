using Netra.E2E.Simulator.Dialects.Contract;
using Netra.E2E.Simulator.Hosting;

namespace Netra.E2E.Simulator.Dialects;

public static class ServerDialects
{
    /// <summary>The only place that chooses between dialects; everything else gets the chosen one injected.</summary>
    public static IServerDialect Create(DialectName name, TimeProvider time, IIdSource ids) => name switch
    {
        DialectName.Contract => new ContractDialect(time, ids),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such dialect."),
    };
}
