using System.Reflection;

namespace Netra.E2E.Harness.Tests.Support;

/// <summary>The business-value suite built beside these tests (the project file records its path).</summary>
public static class BuiltSuite
{
    public static string Path => typeof(BuiltSuite).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "BusinessValueSuite").Value!;
}
