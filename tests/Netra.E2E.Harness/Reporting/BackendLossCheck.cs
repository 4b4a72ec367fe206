using Netra.E2E.Harness.Decision;
using Netra.E2E.Harness.Fixture;
using Netra.E2E.Harness.Verdicts;

namespace Netra.E2E.Harness.Reporting;

/// <summary>
/// In real mode, the first infrastructure failure triggers one fresh health probe, so the summary can say whether (and
/// when) the backend was lost mid-run; confirmed lost, the tests still to come fail at once with that cause.
/// </summary>
public static class BackendLossCheck
{
    private static Task<string?>? s_check;

    /// <summary>What the fresh probe found, or null when the backend is still healthy or nothing failed as infrastructure.</summary>
    public static Task<string?> Outcome => Volatile.Read(ref s_check) ?? Task.FromResult<string?>(null);

    /// <summary>Starts watching this run's environment for its first infrastructure failure.</summary>
    public static void Watch(NetraEnvironment environment) =>
        TestOutcomes.FirstInfrastructureFailure += test => Volatile.Write(ref s_check, CheckAsync(environment, test));

    private static async Task<string?> CheckAsync(NetraEnvironment environment, string firstAffectedTest)
    {
        if (environment is not { Decision.Target: BackendTarget.Staging, Settings.StagingUrl: { } url })
        {
            return null;
        }

        var finishedBefore = TestOutcomes.Snapshot().Count - 1;
        var noticedAt = DateTimeOffset.UtcNow;
        var probe = await new HttpHealthProbe().ProbeAsync(url, environment.Settings.ProbeTimeout, CancellationToken.None);
        if (probe.IsHealthy)
        {
            return null;
        }

        environment.Breaker.ConnectionsFail(new InfrastructureFailureException($"the backend was lost mid-run; health now: {probe}"));
        return $"at {noticedAt:HH:mm:ss} UTC, first noticed by '{firstAffectedTest}' after {finishedBefore} test(s) had finished; health now: {probe}";
    }
}
