namespace Netra.E2E.Harness.Settings;

/// <summary>
/// How a run paces itself against staging and how often it repeats the catalogue: the run budget, the message rate,
/// the loop of iterations with its pass-rate gate, and the history file the run appends to.
/// </summary>
public sealed record GateSettings
{
    /// <summary>
    /// Runs in flight at once, process-wide. 32: at least the 20 the catalogue itself sends at once (twenty users), so
    /// no test is measured under less load than it asks for; as many as the tests xUnit keeps in flight, so at staging's
    /// pace a catalogue takes about its slowest test (20 would cost a third more at 300 ms per event, see the README);
    /// and a ceiling that loops of many iterations never pass.
    /// </summary>
    public const int DefaultMaxConcurrentRuns = 32;

    /// <summary>Per connection; staging allows about 100 a minute, and a burst of a few comes on top (see <see cref="MessageBurst"/>).</summary>
    public const int DefaultMessagesPerMinute = 90;

    public int MaxConcurrentRuns { get; init; } = DefaultMaxConcurrentRuns;

    public int MessagesPerMinute { get; init; } = DefaultMessagesPerMinute;

    /// <summary>How many times the catalogue runs in one process; each test once per iteration, as a test of its own.</summary>
    public int Iterations { get; init; } = 1;

    /// <summary>The share of executed tests that must pass for the loop to pass (0 to 1); null for no gate.</summary>
    public double? MinPassRate { get; init; }

    /// <summary>A JSON-lines file each run appends one line to, and whose last runs the summary charts; null for none.</summary>
    public string? HistoryFile { get; init; }

    /// <summary>Messages a quiet connection may send at once: a twentieth of a minute's worth, so a minute never holds more than 1.05 times the rate.</summary>
    public int MessageBurst => Math.Max(1, (int)Math.Ceiling(MessagesPerMinute / 20.0));
}
