using Netra.E2E.Simulator.Dialects.Contract;
using Netra.E2E.Simulator.Dialects.Staging;
using Netra.E2E.Simulator.Hosting;

namespace Netra.E2E.Simulator.Dialects;

public static class ServerDialects
{
    /// <summary>The only place that chooses between dialects; everything else gets the chosen one injected.</summary>
    public static IServerDialect Create(SimulatorOptions options, TimeProvider time, IIdSource ids) => options.Dialect switch
    {
        DialectName.Contract => new ContractDialect(time, ids, options.MaxFrameBytes),
        DialectName.Staging => new StagingDialect(time, ids, options.HeartbeatSeconds, options.MaxFrameBytes),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Dialect, "No such dialect."),
    };
}
