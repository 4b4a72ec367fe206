using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Netra.E2E.Benchmarks;

/// <summary>The simulator as its own process on an ephemeral 127.0.0.1 port, so its memory can be read on its own.</summary>
public sealed partial class StandaloneSimulator : IAsyncDisposable
{
    private readonly Process _process;

    private StandaloneSimulator(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    /// <summary>Peak resident memory of the simulator process so far (VmHWM), in MiB.</summary>
    public double PeakMemoryMiB
    {
        get
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? double.NaN : double.Parse(DigitsRegex().Match(line).Value, System.Globalization.CultureInfo.InvariantCulture) / 1024;
        }
    }

    /// <param name="settings">Simulator settings as command-line arguments, e.g. "--Simulator:Dialect=staging".</param>
    public static async Task<StandaloneSimulator> StartAsync(string jwtSecret, CancellationToken cancellationToken, params string[] settings)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        string[] arguments = [Paths.Simulator, "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information", .. settings];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NETRA_E2E_JWT_SECRET"] = jwtSecret;
        var process = Process.Start(start)!;
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null && ListeningRegex().Match(e.Data) is { Success: true } m)
            {
                listening.TrySetResult(new Uri(m.Value + "/"));
            }
        };
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"the simulator exited with {process.ExitCode} before listening"));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var url = await listening.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        return new StandaloneSimulator(process, url);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex ListeningRegex();

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitsRegex();
}
