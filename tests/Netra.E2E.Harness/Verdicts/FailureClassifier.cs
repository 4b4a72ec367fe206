using System.Net.Http;
using System.Net.Sockets;
using System.Net.WebSockets;

namespace Netra.E2E.Harness.Verdicts;

/// <summary>
/// Classes a failed test: infrastructure when the backend could not be reached or kept (our infrastructure exception,
/// or a network exception that escaped), business for everything else the product got wrong.
/// </summary>
public static class FailureClassifier
{
    public const string InfrastructureTag = "[infrastructure]";
    public const string BusinessTag = "[business]";

    public static (FailureClass Class, string Reason) Classify(string? exceptionType, string? message)
    {
        var text = message ?? "";
        var infrastructure = text.Contains(InfrastructureTag, StringComparison.Ordinal) ||
                             exceptionType is not null && NetworkExceptionTypes.Any(t => exceptionType.EndsWith(t, StringComparison.Ordinal));
        return (infrastructure ? FailureClass.Infrastructure : FailureClass.Business, Reason(text));
    }

    public static (FailureClass Class, string Reason) Classify(Exception exception) =>
        Classify(exception.GetType().FullName, exception.Message);

    /// <summary>The first line of a failure message, without the class tag, short enough for a summary row.</summary>
    public static string Reason(string message)
    {
        var firstLine = message.Split('\n', 2)[0].Trim();
        foreach (var tag in new[] { InfrastructureTag, BusinessTag })
        {
            var at = firstLine.IndexOf(tag, StringComparison.Ordinal);
            if (at >= 0)
            {
                firstLine = firstLine[(at + tag.Length)..].Trim();
            }
        }

        return firstLine.Length <= 240 ? firstLine : firstLine[..240] + "…";
    }

    private static readonly string[] NetworkExceptionTypes =
    [
        nameof(HttpRequestException), nameof(WebSocketException), nameof(SocketException), nameof(InfrastructureFailureException),
    ];
}
