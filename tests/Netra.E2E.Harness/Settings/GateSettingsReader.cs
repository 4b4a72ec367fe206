using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Netra.E2E.Harness.Settings;

/// <summary>Reads the gate's NETRA_E2E_* settings as strictly as the rest: a bad value fails, naming the variable.</summary>
public static class GateSettingsReader
{
    public const string MaxConcurrentRunsVariable = "NETRA_E2E_MAX_CONCURRENT_RUNS";
    public const string MessagesPerMinuteVariable = "NETRA_E2E_MESSAGES_PER_MINUTE";
    public const string IterationsVariable = "NETRA_E2E_ITERATIONS";
    public const string MinPassRateVariable = "NETRA_E2E_MIN_PASS_RATE";
    public const string HistoryVariable = "NETRA_E2E_HISTORY";

    public static GateSettings From(IConfiguration configuration) => new()
    {
        MaxConcurrentRuns = SettingsReader.ParseCount(configuration[MaxConcurrentRunsVariable], MaxConcurrentRunsVariable, GateSettings.DefaultMaxConcurrentRuns, 1000),
        MessagesPerMinute = SettingsReader.ParseCount(configuration[MessagesPerMinuteVariable], MessagesPerMinuteVariable, GateSettings.DefaultMessagesPerMinute, 60_000),
        Iterations = ParseIterations(configuration[IterationsVariable]),
        MinPassRate = ParseRate(configuration[MinPassRateVariable], MinPassRateVariable),
        HistoryFile = string.IsNullOrWhiteSpace(configuration[HistoryVariable]) ? null : configuration[HistoryVariable]!.Trim(),
    };

    public static int ParseIterations(string? value) => SettingsReader.ParseCount(value, IterationsVariable, 1, 1000);

    /// <summary>A share from 0 to 1: "0.95", "95%" or "95 %". NaN, infinities and anything outside the range fail, naming the variable.</summary>
    public static double? ParseRate(string? value, string variable)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        var percent = text.EndsWith('%');
        if (percent)
        {
            text = text[..^1].TrimEnd();
        }

        var share = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) ? (percent ? rate / 100 : rate) : double.NaN;
        if (!double.IsFinite(share) || share < 0 || share > 1)
        {
            throw new InvalidOperationException($"{variable} must be a share from 0 to 1, such as 0.95 or 95%; got '{value}'.");
        }

        return share;
    }
}
