using System.Net.WebSockets;
using System.Text.RegularExpressions;
using Netra.E2E.Harness.Auth;
using Netra.E2E.Harness.Connection;
using Netra.E2E.Harness.Verdicts;

namespace Netra.E2E.Harness.Recording;

/// <summary>
/// Opens sockets through another connector and records each of the running test's sessions: its handshake (accepted,
/// with the chosen subprotocol, or refused with an HTTP status), then its frames and its close through the socket.
/// </summary>
internal sealed partial class RecordingConnector(IBackendConnector inner, TrafficRecorder recorder) : IBackendConnector
{
    public string Description => inner.Description;

    public Exception? ServerErrorFor(string userId) => inner.ServerErrorFor(userId);

    public async Task<WebSocket> OpenAsync(TestUser user, IReadOnlyDictionary<string, string> headers, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (recorder.Open(user) is not { } session)
        {
            return await inner.OpenAsync(user, headers, timeout, cancellationToken);
        }

        try
        {
            var socket = await inner.OpenAsync(user, headers, timeout, cancellationToken);
            session.Accepted(socket.SubProtocol);
            return new RecordedSocket(socket, session);
        }
        catch (InfrastructureFailureException ex) when (RefusedStatus(ex) is { } status)
        {
            session.Refused(status);
            throw;
        }
    }

    /// <summary>The HTTP status a refused upgrade answered with, as the connectors name it ("HTTP 401"); null when none came.</summary>
    private static int? RefusedStatus(InfrastructureFailureException ex) =>
        HttpStatus().Match(ex.Refusal?.How ?? "") is { Success: true } refusal ? int.Parse(refusal.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
        : HttpStatus().Match(ex.Reason) is { Success: true } other && ex.Reason.Contains("refused", StringComparison.Ordinal) ? int.Parse(other.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
        : null;

    [GeneratedRegex(@"HTTP (\d{3})\b")]
    private static partial Regex HttpStatus();
}
