using System.Globalization;

namespace Netra.E2E.Simulator.Dialects.Staging;

/// <summary>The deployed backend's three ways of writing an instant.</summary>
public static class StagingClock
{
    /// <summary>Seconds since the epoch with microseconds, as Python's time.time() gives them.</summary>
    public static double Epoch(DateTimeOffset at) => (at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10 / 1_000_000.0;

    /// <summary>The emitter's ISO form: no zone (the instant is UTC).</summary>
    public static string ZonelessIso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture);

    /// <summary>The bridge's ISO form, in UTC with a Z.</summary>
    public static string UtcIso(DateTimeOffset at) => ZonelessIso(at) + "Z";

    /// <summary>Python's isoformat() of an aware UTC datetime.</summary>
    public static string OffsetIso(DateTimeOffset at) => ZonelessIso(at) + "+00:00";
}
