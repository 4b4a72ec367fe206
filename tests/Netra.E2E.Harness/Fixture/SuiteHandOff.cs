namespace Netra.E2E.Harness.Fixture;

/// <summary>
/// The one hand-off between the run's backend fixture and the test platform's run-summary hook, which xUnit cannot
/// inject: the environment this run decided on, published once the fixture has it.
/// </summary>
public static class SuiteHandOff
{
    private static NetraEnvironment? s_environment;

    /// <summary>Null until a test has needed the backend (the summary never triggers a probe).</summary>
    public static NetraEnvironment? Environment => Volatile.Read(ref s_environment);

    public static void Publish(NetraEnvironment environment)
    {
        Volatile.Write(ref s_environment, environment);
        Reporting.BackendLossCheck.Watch(environment);
    }
}
