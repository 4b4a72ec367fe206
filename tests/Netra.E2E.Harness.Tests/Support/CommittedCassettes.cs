using System.Reflection;

namespace Netra.E2E.Harness.Tests.Support;

/// <summary>The cassettes committed under tests/cassettes, recorded from the staging dialect (the project file records the path).</summary>
public static class CommittedCassettes
{
    public static string Path => System.IO.Path.GetFullPath(typeof(CommittedCassettes).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "CommittedCassettes").Value!);
}
