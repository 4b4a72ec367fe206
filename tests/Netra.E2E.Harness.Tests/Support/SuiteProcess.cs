using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace Netra.E2E.Harness.Tests.Support;

/// <summary>The business-value suite run as its own process, as a user or CI would run it, with chosen settings.</summary>
public sealed record SuiteRun(int ExitCode, string Output, string ResultsDirectory, TimeSpan Elapsed)
{
    public JsonElement Summary => JsonDocument.Parse(File.ReadAllText(Path.Combine(ResultsDirectory, "netra-e2e-summary.json"))).RootElement;

    public string SummaryMarkdown => File.ReadAllText(Path.Combine(ResultsDirectory, "netra-e2e-summary.md"));

    public string TrxText => string.Concat(Directory.EnumerateFiles(ResultsDirectory, "*.trx", SearchOption.AllDirectories).Select(File.ReadAllText));
}

public static class SuiteProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static string SuitePath => typeof(SuiteProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "BusinessValueSuite").Value!;

    public static async Task<SuiteRun> RunAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken, params string[] arguments)
    {
        var results = Directory.CreateTempSubdirectory("netra-e2e-suite-").FullName;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { SuitePath, "--results-directory", results, "--report-trx", "--no-progress", "--no-ansi" }.Concat(arguments))
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
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Limit);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the suite did not finish within {Limit.TotalMinutes} minutes; output so far:\n{output}");
        }

        output.Append(await stdout).Append(await stderr);
        return new SuiteRun(process.ExitCode, output.ToString(), results, clock.Elapsed);
    }
}
