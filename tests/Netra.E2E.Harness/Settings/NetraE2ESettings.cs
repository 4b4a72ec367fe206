namespace Netra.E2E.Harness.Settings;

/// <summary>The validated settings of a run.</summary>
public sealed record NetraE2ESettings
{
    public static readonly TimeSpan DefaultProbeTimeout = TimeSpan.FromSeconds(3);

    /// <summary>Longer than the slowest honest catalogue run (240 s) with room for a slow staging, far shorter than a hang.</summary>
    public static readonly TimeSpan DefaultRunTimeCap = TimeSpan.FromMinutes(15);

    public BackendMode Mode { get; init; } = BackendMode.Auto;

    /// <summary>Base URL of real staging (http, https, ws or wss); null means there is no staging to probe.</summary>
    public Uri? StagingUrl { get; init; }

    /// <summary>HS256 secret test users' tokens are signed with. Never logged.</summary>
    public string? JwtSecret { get; init; }

    /// <summary>A ready token for staging when the secret is not known. Never logged.</summary>
    public string? Token { get; init; }

    public TimeSpan ProbeTimeout { get; init; } = DefaultProbeTimeout;

    /// <summary>How long every request may wait for its run's first event; null keeps each test's own (at most 15 s).</summary>
    public TimeSpan? FirstEventTimeout { get; init; }

    /// <summary>How long a run is still read after its end; null: 50 ms in process, 250 ms over a network.</summary>
    public TimeSpan? RunGrace { get; init; }

    /// <summary>No wait of the run goes past this much time after the backend was decided; null for no cap.</summary>
    public TimeSpan? RunTimeCap { get; init; } = DefaultRunTimeCap;

    public static readonly TimeSpan DefaultStallTimeout = TimeSpan.FromSeconds(20);

    /// <summary>How long a started run may send only thoughts (no tool, no other agent, no end) before it counts as stalled.</summary>
    public TimeSpan StallTimeout { get; init; } = DefaultStallTimeout;

    /// <summary>How many connections in a row that cannot be opened or are never greeted decide the rest of the run.</summary>
    public int InfrastructureFailureLimit { get; init; } = 2;

    /// <summary>Where every test of the run writes its cassette (NETRA_E2E_RECORD); null records nothing.</summary>
    public string? RecordDirectory { get; init; }

    /// <summary>Cassettes to replay (mode replay) or to compare the live traffic with (drift); null for none.</summary>
    public string? CassetteDirectory { get; init; }

    /// <summary>How much faster than recorded a replay paces its frames: 1 as recorded, 10 ten times faster, 0 without delays.</summary>
    public double ReplaySpeed { get; init; } = 1;

    /// <summary>What a difference between the live traffic and a test's cassette does (NETRA_E2E_DRIFT).</summary>
    public DriftMode Drift { get; init; } = DriftMode.Report;

    /// <summary>The run budget, the message rate, the loop and its gate, the history file.</summary>
    public GateSettings Gate { get; init; } = new();

    public override string ToString() =>
        $"mode={Mode.ToString().ToLowerInvariant()}, staging={UrlRedactor.Redact(StagingUrl)}, secret={(JwtSecret is null ? "unset" : "set")}, " +
        $"token={(Token is null ? "unset" : "set")}, probe timeout={ProbeTimeout.TotalMilliseconds:0} ms, " +
        $"first-event timeout={(FirstEventTimeout is { } f ? $"{f.TotalMilliseconds:0} ms" : "per test")}";
}
