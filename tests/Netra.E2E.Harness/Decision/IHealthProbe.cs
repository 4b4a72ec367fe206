namespace Netra.E2E.Harness.Decision;

/// <summary>Checks whether a backend says it is healthy, within a bounded time.</summary>
public interface IHealthProbe
{
    Task<ProbeResult> ProbeAsync(Uri baseUrl, TimeSpan timeout, CancellationToken cancellationToken);
}
