using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Netra.E2E.Simulator.Agents;

public enum FollowUpKind { None, OpportunityDetails, TimelineAndRoi }

public enum Scenario { None, AnomalyDetection, CapacityPlanning }

/// <summary>What a request asks for: provider, figures and focus, read from its text and parameters.</summary>
public sealed partial record RequestProfile
{
    private static readonly string[] KnownServices = ["api-service", "auth-service", "billing-service", "search-service", "checkout-service"];

    /// <summary>The largest figure a request may state; beyond it no answer's arithmetic holds.</summary>
    public const double MaxFigure = 1e12;

    public required string Text { get; init; }
    public required CloudProvider Provider { get; init; }
    public decimal? MonthlySpend { get; init; }
    public decimal? TargetReduction { get; init; }
    public bool AsksCost { get; init; }
    public bool AsksPerformance { get; init; }
    public bool AsksData { get; init; }
    public bool AsksSecurity { get; init; }
    public bool AsksRoadmap { get; init; }
    public bool AsksRoi { get; init; }
    public bool AsksBreakdown { get; init; }
    public bool Comprehensive { get; init; }
    public int? TopCount { get; init; }
    public FollowUpKind FollowUp { get; init; }
    public Scenario Scenario { get; init; }
    public string? UnknownService { get; init; }
    public bool LooksMalformed { get; init; }
    public int? HorizonMonths { get; init; }
    public double? GrowthFactor { get; init; }
    public int? Days { get; init; }
    public IReadOnlyList<string> MetricNames { get; init; } = [];
    public IReadOnlyList<string> DataSources { get; init; } = [];

    /// <summary>A stable number from the request, so different questions get different (but repeatable) figures.</summary>
    public uint Seed => Fnv(Text);

    public static RequestProfile From(string text, JsonElement parameters)
    {
        var lower = text.ToLowerInvariant();
        var flat = Flatten(parameters);
        var goal = TextOf(flat, "goal", "target", "scenario") ?? "";
        var all = $"{lower} {goal.ToLowerInvariant()}";
        var metricNames = Strings(parameters, "metrics");

        return new RequestProfile
        {
            Text = text,
            Provider = CloudProvider.Detect(all),
            MonthlySpend = Number(flat, "monthly_spend", "current_monthly_spend", "current_spend", "monthly_budget") is { } p
                ? (decimal)p
                : DollarAmount(text),
            TargetReduction = Number(flat, "target_reduction", "target_savings", "reduction_target") is { } t
                ? (decimal)(t > 1 ? t / 100 : t)
                : null,
            AsksCost = Matches(all, "cost", "saving", "spend", "budget", "expense", "pricing", "reduce_costs", "cost_reduction", "roi"),
            AsksPerformance = Matches(all, "performance", "latency", "throughput", "response time", "bottleneck", "response_time"),
            AsksData = Matches(all, "data", "usage pattern", "visuali", "trend", "chart", "insight", "metrics"),
            AsksSecurity = Matches(all, "security"),
            AsksRoadmap = Matches(all, "roadmap", "implementation plan", "implementation", "priorit"),
            AsksRoi = Matches(all, "roi", "payback", "return on investment"),
            AsksBreakdown = Matches(all, "breakdown", "by service"),
            Comprehensive = Matches(all, "comprehensive", "complete", "all services", "across all", "full"),
            TopCount = TopCountRegex().Match(lower) is { Success: true } m && int.TryParse(m.Groups[1].Value, CultureInfo.InvariantCulture, out var top) ? top : null,
            FollowUp = Matches(lower, "first opportunity", "more details") ? FollowUpKind.OpportunityDetails
                : Matches(lower, "timeline") && Matches(lower, "roi", "return") ? FollowUpKind.TimelineAndRoi
                : FollowUpKind.None,
            Scenario = Matches(all, "anomal") ? Scenario.AnomalyDetection
                : Matches(all, "capacity", "forecast") ? Scenario.CapacityPlanning
                : Scenario.None,
            UnknownService = ServiceRegex().Matches(lower).Select(x => x.Value).FirstOrDefault(s => !KnownServices.Contains(s)),
            LooksMalformed = LooksLikeBrokenJson(text),
            HorizonMonths = (int?)Number(flat, "horizon_months", "forecast_months", "months", "time_horizon_months"),
            GrowthFactor = Number(flat, "growth_rate", "growth_factor", "expected_growth"),
            Days = (int?)Number(flat, "time_range_days", "days", "period_days"),
            MetricNames = metricNames,
            DataSources = Strings(parameters, "data_sources"),
        };
    }

    private static bool Matches(string text, params string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));

    private static bool LooksLikeBrokenJson(string text)
    {
        var trimmed = text.TrimStart();
        if (!trimmed.StartsWith('{') && !trimmed.StartsWith('['))
        {
            return false;
        }

        try
        {
            using var _ = JsonDocument.Parse(trimmed);
            return false;
        }
        catch (JsonException)
        {
            return true;
        }
    }

    private static decimal? DollarAmount(string text)
    {
        var m = DollarRegex().Match(text);
        if (!m.Success || !decimal.TryParse(m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return null;
        }

        var value = m.Groups[2].Success ? Math.Min(amount, decimal.MaxValue / 1000) * 1000 : amount;
        return value <= (decimal)MaxFigure ? value : throw new UnusableRequestException($"the dollar amount {m.Value.Trim()} is out of range");
    }

    private static Dictionary<string, JsonElement> Flatten(JsonElement element)
    {
        var result = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        void Walk(JsonElement e)
        {
            if (e.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            foreach (var property in e.EnumerateObject())
            {
                result.TryAdd(property.Name, property.Value);
                Walk(property.Value);
            }
        }

        Walk(element);
        return result;
    }

    private static double? Number(Dictionary<string, JsonElement> flat, params string[] names)
    {
        foreach (var name in names)
        {
            if (flat.TryGetValue(name, out var value))
            {
                if (value.ValueKind == JsonValueKind.Number)
                {
                    return Checked(name, value.GetDouble());
                }

                if (value.ValueKind == JsonValueKind.String &&
                    double.TryParse(value.GetString()?.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                {
                    return Checked(name, parsed);
                }
            }
        }

        return null;
    }

    private static double Checked(string name, double value) => double.IsFinite(value) && Math.Abs(value) <= MaxFigure
        ? value
        : throw new UnusableRequestException($"\"{name}\" is out of range: {value.ToString(CultureInfo.InvariantCulture)}");

    private static string? TextOf(Dictionary<string, JsonElement> flat, params string[] names) =>
        names.Select(n => flat.TryGetValue(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
            .FirstOrDefault(v => v is not null);

    private static string[] Strings(JsonElement element, string name)
    {
        var flat = Flatten(element);
        return flat.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToArray()
            : [];
    }

    private static uint Fnv(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    [GeneratedRegex(@"\$\s?(\d[\d,]*(?:\.\d+)?)\s?(k\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex DollarRegex();

    [GeneratedRegex(@"\btop\s+(\d+)\b")]
    private static partial Regex TopCountRegex();

    [GeneratedRegex(@"\b[a-z0-9]+(?:-[a-z0-9]+)*-service\b")]
    private static partial Regex ServiceRegex();
}
