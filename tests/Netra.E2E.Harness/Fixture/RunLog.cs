using Xunit;
using Netra.E2E.Harness.Decision;

namespace Netra.E2E.Harness.Fixture;

/// <summary>Where run-level lines go: the process's stdout (dotnet test shows it for a failing run, dotnet run always) and xUnit's diagnostics.</summary>
public static class RunLog
{
    public static void Announce(ModeDecision decision)
    {
        Console.Out.WriteLine(decision.Summary);
        Console.Out.Flush();
        TestContext.Current.SendDiagnosticMessage(decision.Summary);
    }
}
