namespace Netra.E2E.Simulator.Hosting;

/// <summary>An exception the simulator did not expect, caught where it closed a connection with 1011.</summary>
public sealed record ServerError(string UserId, string ConnectionId, string? RunId, Exception Exception, DateTimeOffset At);

/// <summary>
/// The double's own failures, kept so a test can surface the bug that broke its session instead of seeing only a
/// dropped socket (as aspnetcore's KestrelWebSocketHelpers do).
/// </summary>
public sealed class ServerErrors
{
    private readonly List<ServerError> _errors = [];

    public IReadOnlyList<ServerError> All
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToArray();
            }
        }
    }

    public void Record(ServerError error)
    {
        lock (_errors)
        {
            _errors.Add(error);
        }
    }

    public IReadOnlyList<ServerError> ForUser(string userId) => All.Where(e => e.UserId == userId).ToArray();
}
