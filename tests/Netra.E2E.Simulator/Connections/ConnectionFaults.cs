using Netra.E2E.Simulator.Hosting;

namespace Netra.E2E.Simulator.Connections;

/// <summary>
/// Ways a connection can be asked to misbehave, to prove the suite catches each regression. Chosen per connection
/// with the handshake header X-Netra-Sim-Fault (comma-separated names), honoured only when the simulator runs with
/// Simulator:AllowFaultInjection=true, so faulty and healthy sessions run side by side and nothing is global.
/// </summary>
[Flags]
public enum SimulatorFault
{
    None = 0,
    OmitAgentStarted = 1 << 0,
    OmitAgentThinking = 1 << 1,
    OmitToolExecuting = 1 << 2,
    OmitToolCompleted = 1 << 3,
    OmitAgentCompleted = 1 << 4,
    EventsOutOfOrder = 1 << 5,
    OrphanToolCompleted = 1 << 6,
    NoBusinessValue = 1 << 7,
    IgnoreThreadContext = 1 << 8,
    LeakOtherUsersEvents = 1 << 9,
    ErrorForValidRequest = 1 << 10,
    NoErrorForInvalidRequest = 1 << 11,
    CloseMidRun = 1 << 12,
    MalformedFrame = 1 << 13,
    UnknownEventType = 1 << 14,
    Stall = 1 << 15,
    SlowEvents = 1 << 16,
    TimestampsBackwards = 1 << 17,
    MismatchedThreadId = 1 << 18,
    OversizedFrame = 1 << 19,
    AcceptInvalidTokens = 1 << 20,
}

public sealed record ConnectionFaults(SimulatorFault Active)
{
    public const string HeaderName = "X-Netra-Sim-Fault";
    public static readonly ConnectionFaults None = new(SimulatorFault.None);

    public bool Has(SimulatorFault fault) => (Active & fault) == fault && fault != SimulatorFault.None;

    public static ConnectionFaults From(HttpRequest request, SimulatorOptions options) => From(request.Headers, options);

    public static ConnectionFaults From(IHeaderDictionary headers, SimulatorOptions options)
    {
        if (!options.AllowFaultInjection)
        {
            return None;
        }

        var requested = headers.TryGetValue(HeaderName, out var values) ? values.ToString() : "";
        var faults = Parse($"{options.Faults},{requested}");
        return faults == SimulatorFault.None ? None : new ConnectionFaults(faults);
    }

    public static SimulatorFault Parse(string names)
    {
        var faults = SimulatorFault.None;
        foreach (var name in names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Enum.TryParse<SimulatorFault>(name, ignoreCase: true, out var fault))
            {
                throw new BadHttpRequestException($"Unknown simulator fault '{name}' in {HeaderName}.");
            }

            faults |= fault;
        }

        return faults;
    }
}
