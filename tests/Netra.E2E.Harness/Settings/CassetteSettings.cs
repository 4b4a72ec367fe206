using System.Globalization;

namespace Netra.E2E.Harness.Settings;

/// <summary>
/// The strict readers of the recording settings: NETRA_E2E_RECORD, NETRA_E2E_CASSETTES, NETRA_E2E_REPLAY_SPEED and
/// NETRA_E2E_DRIFT. A folder that cannot be one, a speed that is not a number, or replay without cassettes fails
/// loudly, naming the variable.
/// </summary>
public static class CassetteSettings
{
    public const double MaxReplaySpeed = 1000;

    /// <summary>The folder a run records into (created when missing), as a full path; null when unset.</summary>
    public static string? RecordDirectory(string? value, BackendMode mode)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (mode == BackendMode.Replay)
        {
            throw new InvalidOperationException(
                $"{SettingsReader.RecordVariable} records live traffic, and NETRA_E2E_MODE=replay has none: unset one of them.");
        }

        var path = FullPath(value, SettingsReader.RecordVariable);
        return File.Exists(path)
            ? throw new InvalidOperationException($"{SettingsReader.RecordVariable} must name a folder; '{value}' is a file.")
            : path;
    }

    /// <summary>The folder of cassettes to replay or compare with, which must exist; replay mode needs one.</summary>
    public static string? CassetteDirectory(string? value, BackendMode mode)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return mode == BackendMode.Replay
                ? throw new InvalidOperationException(
                    $"NETRA_E2E_MODE=replay needs {SettingsReader.CassettesVariable}, the folder of cassettes to replay (for example tests/cassettes).")
                : null;
        }

        var path = FullPath(value, SettingsReader.CassettesVariable);
        return Directory.Exists(path)
            ? path
            : throw new InvalidOperationException($"{SettingsReader.CassettesVariable} must name an existing folder of cassettes; '{value}' is not one.");
    }

    /// <summary>"1" (as recorded, the default), "10" or "10x" (ten times faster), "0.5" (twice as slow), "0" (no delays at all).</summary>
    public static double ReplaySpeed(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return 1;
        }

        var text = value.Trim().TrimEnd('x', 'X');
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var speed) && double.IsFinite(speed) && speed >= 0 && speed <= MaxReplaySpeed
            ? speed
            : throw new InvalidOperationException(
                $"{SettingsReader.ReplaySpeedVariable} must be a factor from 0 to {MaxReplaySpeed:0}, such as 1 (as recorded), 10 (ten times faster) or 0 (no delays); got '{value}'.");
    }

    public static DriftMode Drift(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "report" => DriftMode.Report,
        "fail" => DriftMode.Fail,
        "off" or "false" or "0" or "no" => DriftMode.Off,
        _ => throw new InvalidOperationException($"{SettingsReader.DriftVariable} must be off, report or fail; got '{value}'."),
    };

    /// <summary>
    /// A relative path is taken from the directory the command was run in (the shell's PWD): dotnet test runs the suite
    /// from its build folder, where a relative folder would not be the one the user meant. Without a PWD it must be absolute.
    /// </summary>
    private static string FullPath(string value, string variable)
    {
        var path = value.Trim();
        try
        {
            if (Path.IsPathFullyQualified(path))
            {
                return Path.GetFullPath(path);
            }

            var shellDirectory = Environment.GetEnvironmentVariable("PWD");
            return string.IsNullOrEmpty(shellDirectory)
                ? throw new InvalidOperationException($"{variable} must be an absolute path here (no shell working directory to take '{value}' from).")
                : Path.GetFullPath(path, shellDirectory);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new InvalidOperationException($"{variable} must be a folder path; got '{value}' ({ex.Message}).");
        }
    }
}
