using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Netra.E2E.Harness.Settings;

/// <summary>
/// Reads NETRA_E2E_* settings from environment variables (and an optional netra-e2e.json beside the tests or in the
/// working directory; the environment wins). Parses strictly: a typo fails loudly, naming the variable.
/// </summary>
public static class SettingsReader
{
    public const string ModeVariable = "NETRA_E2E_MODE";
    public const string StagingUrlVariable = "NETRA_E2E_STAGING_URL";
    public const string JwtSecretVariable = "NETRA_E2E_JWT_SECRET";
    public const string TokenVariable = "NETRA_E2E_TOKEN";
    public const string ProbeTimeoutVariable = "NETRA_E2E_PROBE_TIMEOUT";
    public const string FirstEventTimeoutVariable = "NETRA_E2E_FIRST_EVENT_TIMEOUT";
    public const string AllowInsecureVariable = "NETRA_E2E_ALLOW_INSECURE_TRANSPORT";
    public const string RunGraceVariable = "NETRA_E2E_RUN_GRACE";
    public const string RunTimeCapVariable = "NETRA_E2E_RUN_TIME_CAP";
    public const string StallTimeoutVariable = "NETRA_E2E_STALL_TIMEOUT";
    public const string InfrastructureFailureLimitVariable = "NETRA_E2E_INFRA_FAILURE_LIMIT";
    public const string RecordVariable = "NETRA_E2E_RECORD";
    public const string CassettesVariable = "NETRA_E2E_CASSETTES";
    public const string ReplaySpeedVariable = "NETRA_E2E_REPLAY_SPEED";
    public const string DriftVariable = "NETRA_E2E_DRIFT";
    public const string JsonFileName = "netra-e2e.json";

    public static NetraE2ESettings FromEnvironment() => From(Sources());

    /// <summary>Where settings come from: netra-e2e.json beside the tests, then in the working directory, then the environment.</summary>
    public static IConfiguration Sources() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, JsonFileName), optional: true)
        .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), JsonFileName), optional: true)
        .AddEnvironmentVariables()
        .Build();

    public static NetraE2ESettings From(IConfiguration configuration)
    {
        var raw = configuration.Get<RawSettings>() ?? new RawSettings();
        var mode = ParseMode(raw.Mode);
        return new NetraE2ESettings
        {
            Mode = mode,
            StagingUrl = RequireSecureTransport(ParseUrl(raw.StagingUrl), ParseFlag(raw.AllowInsecure, AllowInsecureVariable)),
            JwtSecret = NullIfBlank(raw.JwtSecret),
            Token = NullIfBlank(raw.Token),
            ProbeTimeout = ParseTimeout(raw.ProbeTimeout),
            FirstEventTimeout = ParseDuration(raw.FirstEventTimeout, FirstEventTimeoutVariable, null, TimeSpan.FromMinutes(10)),
            RunGrace = ParseDuration(raw.RunGrace, RunGraceVariable, null, TimeSpan.FromSeconds(5)),
            RunTimeCap = ParseDuration(raw.RunTimeCap, RunTimeCapVariable, NetraE2ESettings.DefaultRunTimeCap, TimeSpan.FromHours(6)),
            StallTimeout = ParseDuration(raw.StallTimeout, StallTimeoutVariable, NetraE2ESettings.DefaultStallTimeout, TimeSpan.FromHours(1))!.Value,
            InfrastructureFailureLimit = ParseCount(raw.InfrastructureFailureLimit, InfrastructureFailureLimitVariable, 2, 1000),
            RecordDirectory = CassetteSettings.RecordDirectory(raw.Record, mode),
            CassetteDirectory = CassetteSettings.CassetteDirectory(raw.Cassettes, mode),
            ReplaySpeed = CassetteSettings.ReplaySpeed(raw.ReplaySpeed),
            Drift = CassetteSettings.Drift(raw.Drift),

            Gate = GateSettingsReader.From(configuration),
        };
    }

    public static BackendMode ParseMode(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "auto" => BackendMode.Auto,
        "real" or "staging" or "strict" => BackendMode.Real,
        "mock" or "simulator" or "sim" => BackendMode.Mock,
        "replay" => BackendMode.Replay,
        _ => throw new InvalidOperationException($"Unknown Netra.E2E mode '{value}' in environment variable {ModeVariable}; use auto, real or mock (or replay, with {CassettesVariable})."),
    };

    public static Uri? ParseUrl(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https" or "ws" or "wss"))
        {
            throw new InvalidOperationException(
                $"{StagingUrlVariable} must be an absolute http, https, ws or wss URL, such as https://api.staging.example.com; got '{UrlRedactor.Redact(value)}'.");
        }

        return url;
    }

    /// <summary>
    /// Tokens go to staging in every request: over http:// or ws:// to a host that is not this machine they would cross
    /// the network in clear, so such a URL is refused unless the user says so explicitly.
    /// </summary>
    public static Uri? RequireSecureTransport(Uri? url, bool allowInsecure)
    {
        if (url is null || allowInsecure || url.Scheme is "https" or "wss" || url.IsLoopback)
        {
            return url;
        }

        throw new InvalidOperationException(
            $"{StagingUrlVariable} uses {url.Scheme}:// for {url.Host}, which is not this machine: the suite's tokens would cross the network in clear. " +
            $"Use https:// or wss://, or set {AllowInsecureVariable}=true if that is really what you want.");
    }

    public static int ParseCount(string? value, string variable, int fallback, int max) =>
        string.IsNullOrWhiteSpace(value) ? fallback
        : int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1 && count <= max ? count
        : throw new InvalidOperationException($"{variable} must be a whole number from 1 to {max}; got '{value}'.");

    public static bool ParseFlag(string? value, string variable) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "false" or "0" or "no" => false,
        "true" or "1" or "yes" => true,
        _ => throw new InvalidOperationException($"{variable} must be true or false; got '{value}'."),
    };

    /// <summary>Accepts "3s", "500ms", "2.5" (seconds) or "00:00:03".</summary>
    public static TimeSpan ParseTimeout(string? value) =>
        ParseDuration(value, ProbeTimeoutVariable, NetraE2ESettings.DefaultProbeTimeout, TimeSpan.FromMinutes(2)) ?? NetraE2ESettings.DefaultProbeTimeout;

    /// <summary>
    /// A duration above zero and at most <paramref name="max"/>, or null when unset: "3s", "500ms", "2.5" (seconds) or
    /// "00:00:03". NaN, infinities and values too large for a time span fail with a message naming the variable.
    /// </summary>
    public static TimeSpan? ParseDuration(string? value, string variable, TimeSpan? fallback, TimeSpan max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        var text = value.Trim().ToLowerInvariant();
        double? seconds = text switch
        {
            _ when text.EndsWith("ms", StringComparison.Ordinal) && double.TryParse(text[..^2], NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) => ms / 1000,
            _ when text.EndsWith('s') && double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) => s,
            _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var plain) => plain,
            _ when TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) => span.TotalSeconds,
            _ => null,
        };
        if (seconds is not { } parsed || !double.IsFinite(parsed) || parsed <= 0 || parsed > max.TotalSeconds)
        {
            throw new InvalidOperationException(
                $"{variable} must be a duration above 0 and at most {max.TotalSeconds:0} s, such as 3s or 500ms; got '{value}'.");
        }

        return TimeSpan.FromSeconds(parsed);
    }

    /// <summary>The settings as written, before validation.</summary>
    private sealed class RawSettings
    {
        [ConfigurationKeyName(ModeVariable)]
        public string? Mode { get; set; }

        [ConfigurationKeyName(StagingUrlVariable)]
        public string? StagingUrl { get; set; }

        [ConfigurationKeyName(JwtSecretVariable)]
        public string? JwtSecret { get; set; }

        [ConfigurationKeyName(TokenVariable)]
        public string? Token { get; set; }

        [ConfigurationKeyName(ProbeTimeoutVariable)]
        public string? ProbeTimeout { get; set; }

        [ConfigurationKeyName(FirstEventTimeoutVariable)]
        public string? FirstEventTimeout { get; set; }

        [ConfigurationKeyName(AllowInsecureVariable)]
        public string? AllowInsecure { get; set; }

        [ConfigurationKeyName(RunGraceVariable)]
        public string? RunGrace { get; set; }

        [ConfigurationKeyName(RunTimeCapVariable)]
        public string? RunTimeCap { get; set; }

        [ConfigurationKeyName(StallTimeoutVariable)]
        public string? StallTimeout { get; set; }

        [ConfigurationKeyName(InfrastructureFailureLimitVariable)]
        public string? InfrastructureFailureLimit { get; set; }

        [ConfigurationKeyName(RecordVariable)]
        public string? Record { get; set; }

        [ConfigurationKeyName(CassettesVariable)]
        public string? Cassettes { get; set; }

        [ConfigurationKeyName(ReplaySpeedVariable)]
        public string? ReplaySpeed { get; set; }

        [ConfigurationKeyName(DriftVariable)]
        public string? Drift { get; set; }
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
