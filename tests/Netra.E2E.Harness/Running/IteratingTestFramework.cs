using System.Reflection;
using Netra.E2E.Harness.Settings;
using Xunit.v3;

namespace Netra.E2E.Harness.Running;

/// <summary>
/// xUnit's own framework, running the catalogue NETRA_E2E_ITERATIONS times in one process: every test case once per
/// iteration, each a test case of its own ("… [iteration 2/5]", with its own unique id), so explorers, TRX and JUnit
/// see distinct tests and the run summary can group them back. With one iteration (the default) it changes nothing.
/// Register with <c>[assembly: TestFramework(typeof(IteratingTestFramework))]</c>.
/// </summary>
public sealed class IteratingTestFramework : XunitTestFramework
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(Assembly assembly) =>
        new IteratingDiscoverer(base.CreateDiscoverer(assembly), IterationsSetting());

    /// <summary>
    /// The iterations asked for; an invalid value discovers the catalogue once, and the run's settings then fail every
    /// test with a message naming the variable.
    /// </summary>
    private static int IterationsSetting()
    {
        try
        {
            return GateSettingsReader.ParseIterations(SettingsReader.Sources()[GateSettingsReader.IterationsVariable]);
        }
        catch (InvalidOperationException)
        {
            return 1;
        }
    }
}
