namespace Netra.E2E.Harness.Drift;

/// <summary>
/// One difference between what staging sent when the cassette was recorded and what the live backend sent: its aspect
/// (welcome form, error form, payload names …), what it is about, and each side's shape ("-" where a side sent none).
/// </summary>
public sealed record DriftItem(string Aspect, string Subject, string Staging, string Simulator)
{
    public const string Nothing = "-";

    public override string ToString() => $"{Aspect} ({Subject}): staging {Staging}; the simulator {Simulator}";
}

/// <summary>The aspects drift is reported in, each a kind of shape, never of text.</summary>
public static class DriftAspects
{
    public const string WelcomeForm = "welcome form";
    public const string ErrorForm = "error form";
    public const string EnvelopeForm = "envelope form";
    public const string PayloadNames = "payload names";
    public const string Events = "event sequence";
    public const string Heartbeat = "heartbeat";
    public const string Handshake = "handshake";
    public const string Close = "close code";
    public const string ErrorCodes = "error codes";
    public const string AnswerFacts = "answer facts";
    public const string Sessions = "sessions";

    /// <summary>The order a report lists aspects in: how frames look, then how sessions go, then what answers say.</summary>
    private static readonly string[] Order =
        [WelcomeForm, ErrorForm, EnvelopeForm, PayloadNames, Heartbeat, Handshake, Close, ErrorCodes, Events, AnswerFacts, Sessions];

    public static int Rank(string aspect) => Array.IndexOf(Order, aspect) is var at and >= 0 ? at : Order.Length;
}

/// <summary>How one test's live traffic differs from its cassette.</summary>
public sealed record TestDrift(string Test, string DisplayName, string Cassette, IReadOnlyList<DriftItem> Items)
{
    public bool Drifted => Items.Count > 0;

    /// <summary>The [drift] failure of a drifted test under NETRA_E2E_DRIFT=fail: the first differences, and where the rest are.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string FailureMessage => $"the simulator no longer sends what staging sent when {Cassette} was recorded: " +
        string.Join("; ", Items.Take(3)) + (Items.Count > 3 ? $"; and {Items.Count - 3} more (\"Simulator drift\" in the run summary)" : "");
}
