using System.Reflection;

namespace Netra.E2E.Benchmarks;

/// <summary>Where the built suite and simulator are, in the same configuration as this runner.</summary>
public static class Paths
{
    private static string Metadata(string key) => typeof(Paths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    public static string Suite => Built("Netra.E2E.BusinessValue");

    public static string Simulator => Built("Netra.E2E.Simulator");

    private static string Built(string project) => Path.GetFullPath(Path.Combine(Metadata("TestsDirectory"), project, Metadata("BuildOutput"), project + ".dll"));
}
