using System.Globalization;
using Netra.E2E.Harness.Settings;

namespace Netra.E2E.Harness.Replay;

/// <summary>The simulator's settings that make it the replay host: which cassettes it serves, and at what pace.</summary>
public static class ReplayHost
{
    public const string CassettesKey = "Simulator:Replay:Cassettes";
    public const string SpeedKey = "Simulator:Replay:Speed";

    public static IReadOnlyDictionary<string, string?> Settings(NetraE2ESettings settings) => new Dictionary<string, string?>
    {
        [CassettesKey] = settings.CassetteDirectory,
        [SpeedKey] = settings.ReplaySpeed.ToString(CultureInfo.InvariantCulture),
    };
}
