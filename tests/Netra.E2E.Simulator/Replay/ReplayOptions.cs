using System.Globalization;

namespace Netra.E2E.Simulator.Replay;

/// <summary>
/// Simulator:Replay: with Cassettes set, the app replays recorded sessions instead of simulating. Read strictly at
/// start-up (the house style of Hosting/StrictSettings): a bad value stops the app with the setting's name.
/// </summary>
/// <param name="Cassettes">The cassette directory, absolute.</param>
/// <param name="Speed">Pacing factor: 1 the recorded pace, 10 ten times faster, 0 no delay at all.</param>
public sealed record ReplayOptions(string Cassettes, double Speed)
{
    public const string SectionName = "Simulator:Replay";

    // Beyond a day a replay is stalled for good; the cap keeps a tiny Speed from overflowing a delay.
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    /// <summary>The replay settings, or null when Cassettes is unset (the app simulates); Speed is checked either way.</summary>
    public static ReplayOptions? Read(IConfiguration configuration, string contentRoot)
    {
        var section = configuration.GetSection(SectionName);
        var speed = ReadSpeed(section);
        var cassettes = section[nameof(Cassettes)];
        if (string.IsNullOrEmpty(cassettes))
        {
            return null;
        }

        var directory = Path.GetFullPath(cassettes, contentRoot);
        if (!Directory.Exists(directory))
        {
            throw new InvalidOperationException(
                $"Invalid value '{cassettes}' in {section.Path}:{nameof(Cassettes)}; expected a directory of cassettes, and {directory} is none.");
        }

        return new ReplayOptions(directory, speed);
    }

    /// <summary>How long after its turn began a frame recorded at this offset is sent.</summary>
    public TimeSpan Offset(int atMs) =>
        Speed == 0 ? TimeSpan.Zero : TimeSpan.FromMilliseconds(Math.Min(atMs / Speed, LongestWait.TotalMilliseconds));

    private static double ReadSpeed(IConfigurationSection section)
    {
        var value = section[nameof(Speed)];
        if (value is null)
        {
            return 1;
        }

        if (!double.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var speed) || !double.IsFinite(speed) || speed < 0)
        {
            throw new InvalidOperationException(
                $"Invalid value '{value}' in {section.Path}:{nameof(Speed)}; expected a finite number of at least 0 " +
                "(1 replays at the recorded pace, 10 ten times faster, 0 without delays).");
        }

        return speed;
    }
}
