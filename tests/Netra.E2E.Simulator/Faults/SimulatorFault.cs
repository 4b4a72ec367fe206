namespace Netra.E2E.Simulator.Faults;

/// <summary>
/// Ways a connection can be asked to misbehave, to prove the suite catches each regression. Chosen per connection
/// with the handshake header X-Netra-Sim-Fault (comma-separated names, any case), or for every connection with
/// Simulator:Faults; honoured only when the simulator runs with Simulator:AllowFaultInjection=true.
/// The harness's fault matrix reads these names: renaming one breaks it.
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

    /// <summary>A bug in the simulator itself: run streaming throws, the connection closes with 1011.</summary>
    ServerException = 1 << 21,
}
