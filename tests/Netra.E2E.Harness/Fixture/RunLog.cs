using Netra.E2E.Harness.Decision;

namespace Netra.E2E.Harness.Fixture;

/// <summary>
/// Where run-level lines go: the test process's stdout, which dotnet test shows for a failing run and dotnet run always.
/// Each test's own output also carries the mode (see NetraBackendFixture), for IDEs and --output detailed.
/// </summary>
public static class RunLog
{
    public static void Announce(ModeDecision decision)
    {
        Console.Out.WriteLine(decision.Summary);
        Console.Out.Flush();
    }
}
