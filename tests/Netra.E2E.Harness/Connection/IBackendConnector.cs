using System.Net.WebSockets;
using Netra.E2E.Harness.Auth;

namespace Netra.E2E.Harness.Connection;

/// <summary>Opens an authenticated WebSocket to a backend; refusals surface as infrastructure failures.</summary>
public interface IBackendConnector
{
    /// <summary>Where sockets go, with credentials redacted.</summary>
    string Description { get; }

    /// <summary>The backend's own error behind a session of this user that dropped, when the backend can tell.</summary>
    Exception? ServerErrorFor(string userId) => null;

    Task<WebSocket> OpenAsync(TestUser user, IReadOnlyDictionary<string, string> headers, TimeSpan timeout, CancellationToken cancellationToken);
}
