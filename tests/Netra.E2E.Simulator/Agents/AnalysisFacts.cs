namespace Netra.E2E.Simulator.Agents;

/// <summary>A performance answer: p95 latency and throughput before and after the recommendations.</summary>
public sealed record PerformanceFacts(
    CloudProvider Provider,
    int LatencyBeforeMs,
    int LatencyAfterMs,
    int ThroughputBeforeRps,
    int ThroughputAfterRps,
    int LatencyCutPercent,
    int ThroughputGainPercent) : AnswerFacts
{
    /// <summary>When cost was asked too: how much smaller the fleet can be at the same load.</summary>
    public int? FleetReductionPercent { get; init; }
}

/// <summary>What the usage data shows: the weekday peak, the growth trend, the idle capacity, and the charts that show it.</summary>
public sealed record UsagePatternFacts(
    string Sources,
    int Days,
    int DataPoints,
    int PeakSharePercent,
    int WeekendUtilisationPercent,
    int MonthlyGrowthPercent,
    int IdleCutPercent) : AnswerFacts
{
    /// <summary>When performance was asked too: p95 latency at peak (off-peak is half).</summary>
    public int? PeakP95Ms { get; init; }
}

/// <summary>Anomalies found in the watched metrics, and the error rate before and during the largest one.</summary>
public sealed record AnomalyFacts(int Days, IReadOnlyList<string> MetricsWatched, int Spikes, decimal ErrorRateBeforePercent, decimal ErrorRatePeakPercent) : AnswerFacts;

/// <summary>A capacity forecast: vCPUs, storage and monthly cost now and at the horizon.</summary>
public sealed record CapacityFacts(int Months, double Growth, int VcpusNow, int VcpusForecast, int StorageNowTb, decimal SpendNow) : AnswerFacts
{
    public double StorageForecastTb => StorageNowTb * Growth;

    public decimal SpendForecast => SpendNow * (decimal)Growth;
}
