namespace Netra.E2E.Harness.Settings;

/// <summary>The validated settings of a run.</summary>
public sealed record NetraE2ESettings
{
    public static readonly TimeSpan DefaultProbeTimeout = TimeSpan.FromSeconds(3);

    public BackendMode Mode { get; init; } = BackendMode.Auto;

    /// <summary>Base URL of real staging (http, https, ws or wss); null means there is no staging to probe.</summary>
    public Uri? StagingUrl { get; init; }

    /// <summary>HS256 secret test users' tokens are signed with. Never logged.</summary>
    public string? JwtSecret { get; init; }

    /// <summary>A ready token for staging when the secret is not known. Never logged.</summary>
    public string? Token { get; init; }

    public TimeSpan ProbeTimeout { get; init; } = DefaultProbeTimeout;

    public override string ToString() =>
        $"mode={Mode.ToString().ToLowerInvariant()}, staging={UrlRedactor.Redact(StagingUrl)}, secret={(JwtSecret is null ? "unset" : "set")}, " +
        $"token={(Token is null ? "unset" : "set")}, probe timeout={ProbeTimeout.TotalMilliseconds:0} ms";
}
