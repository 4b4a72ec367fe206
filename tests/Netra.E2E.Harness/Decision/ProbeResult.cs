namespace Netra.E2E.Harness.Decision;

public enum ProbeOutcome
{
    Healthy,
    NotConfigured,
    Refused,
    Unresponsive,
    Unreachable,
    HttpError,
    UnhealthyBody,
}

/// <summary>What the one health probe of a run found, in words a person reads in the log.</summary>
public sealed record ProbeResult(ProbeOutcome Outcome, string Target, string Detail, TimeSpan Latency)
{
    public bool IsHealthy => Outcome == ProbeOutcome.Healthy;

    /// <summary>Who answered, from the health body, when it was healthy.</summary>
    public string? Backend { get; init; }

    public static ProbeResult NotConfigured() => new(ProbeOutcome.NotConfigured, "(none)", "no staging configured", TimeSpan.Zero);

    public override string ToString() => Outcome switch
    {
        ProbeOutcome.NotConfigured => Detail,
        ProbeOutcome.Healthy => $"staging {Target} healthy in {Latency.TotalMilliseconds:0} ms",
        ProbeOutcome.Refused or ProbeOutcome.Unreachable => $"staging {Target} unreachable: {Detail} after {Latency.TotalMilliseconds:0} ms",
        ProbeOutcome.Unresponsive => $"staging {Target} unresponsive: {Detail}",
        _ => $"staging {Target} unhealthy: {Detail} after {Latency.TotalMilliseconds:0} ms",
    };
}
