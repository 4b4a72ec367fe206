using Netra.E2E.Simulator.Hosting;

namespace Netra.E2E.Simulator.Faults;

/// <summary>The faults one connection asked for (or the simulator was started with).</summary>
public sealed record ConnectionFaults(SimulatorFault Active)
{
    public const string HeaderName = "X-Netra-Sim-Fault";
    public static readonly ConnectionFaults None = new(SimulatorFault.None);

    private static readonly object ItemKey = typeof(ConnectionFaults);

    public bool Has(SimulatorFault fault) => (Active & fault) == fault && fault != SimulatorFault.None;

    /// <summary>The faults chosen for this request by the fault selection step; none when it did not run.</summary>
    public static ConnectionFaults Of(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var faults) && faults is ConnectionFaults chosen ? chosen : None;

    internal static void Attach(HttpContext context, ConnectionFaults faults) => context.Items[ItemKey] = faults;

    /// <summary>The faults named in the header and in Simulator:Faults; an error names any unknown one.</summary>
    public static ConnectionFaults Select(IHeaderDictionary headers, SimulatorOptions options, out string? error)
    {
        error = null;
        if (!options.AllowFaultInjection)
        {
            return None;
        }

        var requested = headers.TryGetValue(HeaderName, out var values) ? values.ToString() : "";
        var faults = SimulatorFault.None;
        foreach (var name in $"{options.Faults},{requested}".Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsLetter(name[0]) || !Enum.TryParse<SimulatorFault>(name, ignoreCase: true, out var fault))
            {
                error = $"Unknown simulator fault '{name}' in {HeaderName} or Simulator:Faults; " +
                        $"expected names from: {string.Join(", ", Enum.GetNames<SimulatorFault>().Where(n => n != nameof(SimulatorFault.None)))}.";
                return None;
            }

            faults |= fault;
        }

        return faults == SimulatorFault.None ? None : new ConnectionFaults(faults);
    }
}
