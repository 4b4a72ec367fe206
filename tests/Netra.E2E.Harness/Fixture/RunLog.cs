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

    /// <summary>A cause that decides the rest of the run, printed once, in full; each test then says it in one line.</summary>
    public static void Decided(Exception cause)
    {
        Console.Out.WriteLine($"Netra.E2E: the rest of this run is decided: {cause.Message}");
        Console.Out.Flush();
    }
}
