namespace Netra.E2E.Simulator.Faults;

/// <summary>
/// Ways a connection can be asked to misbehave, to prove the suite catches each regression. Chosen per connection
/// with the handshake header X-Netra-Sim-Fault (comma-separated names, any case), or for every connection with
/// Simulator:Faults; honoured only when the simulator runs with Simulator:AllowFaultInjection=true.
/// The harness's fault matrix reads these names: renaming one breaks it.
/// </summary>
[Flags]
public enum SimulatorFault : long
{
    None = 0,
    OmitAgentStarted = 1L << 0,
    OmitAgentThinking = 1L << 1,
    OmitToolExecuting = 1L << 2,
    OmitToolCompleted = 1L << 3,
    OmitAgentCompleted = 1L << 4,
    EventsOutOfOrder = 1L << 5,
    OrphanToolCompleted = 1L << 6,
    NoBusinessValue = 1L << 7,
    IgnoreThreadContext = 1L << 8,
    LeakOtherUsersEvents = 1L << 9,
    ErrorForValidRequest = 1L << 10,
    NoErrorForInvalidRequest = 1L << 11,
    CloseMidRun = 1L << 12,
    MalformedFrame = 1L << 13,
    UnknownEventType = 1L << 14,
    Stall = 1L << 15,
    SlowEvents = 1L << 16,
    TimestampsBackwards = 1L << 17,
    MismatchedThreadId = 1L << 18,
    OversizedFrame = 1L << 19,
    AcceptInvalidTokens = 1L << 20,

    /// <summary>A bug in the simulator itself: run streaming throws, the connection closes with 1011.</summary>
    ServerException = 1L << 21,

    // What the deployed backend does (netra-protocol.md section 8).

    /// <summary>An invalid token is accepted when a header name holds "test" or "e2e", or the User-Agent holds "e2e".</summary>
    AcceptForgedWithTestHeaders = 1L << 22,

    /// <summary>A refusal repeats the token's first 12 and last 8 characters, an Authorization preview and the auth service's URL.</summary>
    EchoTokenInRefusal = 1L << 23,

    /// <summary>Every connection is welcomed as demo-user-001, whatever token it brings or none.</summary>
    AuthenticateNobody = 1L << 24,

    /// <summary>Greets, answers pings, sends its heartbeat; a request gets no frame at all.</summary>
    AliveButNeverRuns = 1L << 25,

    /// <summary>Greets, then never sends anything again; the socket stays open.</summary>
    GreetsThenSilent = 1L << 26,

    /// <summary>After the upgrade: CONNECTION_ERROR ("maximum recursion depth exceeded"), then close 1011, no welcome.</summary>
    FailEveryConnection = 1L << 27,

    // Regressions the suite must catch.
    LeakSideFrameToIntruder = 1L << 28,
    LeakPreviousCallersSpend = 1L << 29,
    SecondCompletion = 1L << 30,
    ToolAfterCompletion = 1L << 31,
    ErrorAfterCompletion = 1L << 32,
    EveryEventTwice = 1L << 33,
    ThinkingAfterCompletion = 1L << 34,
    ImplausibleSavings = 1L << 35,
    NaNSavings = 1L << 36,
    GenericAnswer = 1L << 37,
    EchoTemplate = 1L << 38,
    WrongProvider = 1L << 39,
    ForgetThreadQuietly = 1L << 40,
    KeywordsOutsideProse = 1L << 41,
    InternalErrorForBadInput = 1L << 42,
    StepBeyondTotal = 1L << 43,
    NegativeDuration = 1L << 44,
    NeverGreets = 1L << 45,
    StreamsForever = 1L << 46,
    NeverUpgrades = 1L << 47,
}
