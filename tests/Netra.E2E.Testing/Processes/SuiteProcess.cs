using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Netra.E2E.Testing.Processes;

/// <summary>The business-value suite run as its own process, as a user or CI would run it, with chosen settings.</summary>
public sealed partial record SuiteRun(int ExitCode, string Output, string ResultsDirectory, TimeSpan Elapsed)
{
    public JsonElement Summary => JsonDocument.Parse(File.ReadAllText(Path.Combine(ResultsDirectory, "netra-e2e-summary.json"))).RootElement;

    public string SummaryMarkdown => File.ReadAllText(Path.Combine(ResultsDirectory, "netra-e2e-summary.md"));

    public string TrxText => string.Concat(Directory.EnumerateFiles(ResultsDirectory, "*.trx", SearchOption.AllDirectories).Select(File.ReadAllText));

    /// <summary>The test phase as the TRX report times it, from the first test's start to the last one's finish.</summary>
    public TimeSpan TestPhase
    {
        get
        {
            var times = TimesRegex().Match(TrxText);
            return DateTimeOffset.Parse(times.Groups["finish"].Value, CultureInfo.InvariantCulture) - DateTimeOffset.Parse(times.Groups["start"].Value, CultureInfo.InvariantCulture);
        }
    }

    public int TrxCounter(string name) => int.Parse(Regex.Match(TrxText, $"<Counters [^>]*\\b{name}=\"(\\d+)\"").Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("<Times [^>]*start=\"(?<start>[^\"]+)\"[^>]*finish=\"(?<finish>[^\"]+)\"")]
    private static partial Regex TimesRegex();
}

/// <summary>Runs the built suite (its .dll, on the test platform) with NETRA_E2E_* settings of the caller's choice only.</summary>
public static class SuiteProcess
{
    private static readonly TimeSpan DefaultLimit = TimeSpan.FromMinutes(2);

    /// <param name="limit">How long the suite may take before it is killed; 2 minutes unless a caller paces its backend.</param>
    public static async Task<SuiteRun> RunAsync(string suitePath, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken, TimeSpan? limit = null)
    {
        var within = limit ?? DefaultLimit;
        var results = Directory.CreateTempSubdirectory("netra-e2e-suite-").FullName;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { suitePath, "--results-directory", results, "--report-trx", "--no-progress", "--no-ansi" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("NETRA_E2E_", StringComparison.Ordinal)).ToArray())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(within);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the suite did not finish within {within.TotalMinutes} minutes");
        }

        return new SuiteRun(process.ExitCode, await stdout + await stderr, results, clock.Elapsed);
    }
}
