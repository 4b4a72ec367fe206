using System.Net.Http;
using System.Net.Sockets;
using System.Net.WebSockets;

namespace Netra.E2E.Harness.Verdicts;

/// <summary>
/// Classes a failed test: infrastructure when the backend could not be reached or kept (our infrastructure exception,
/// or a network exception that escaped), drift when its message says so, business for everything else the product got wrong.
/// </summary>
public static class FailureClassifier
{
    public const string InfrastructureTag = "[infrastructure]";
    public const string BusinessTag = "[business]";
    public const string DriftTag = "[drift]";

    public static (FailureClass Class, string Reason) Classify(string? exceptionType, string? message)
    {
        var text = message ?? "";
        var tag = OwnTag(text);
        var infrastructure = tag == InfrastructureTag ||
                             tag is null && exceptionType is not null && NetworkExceptionTypes.Any(t => exceptionType.EndsWith(t, StringComparison.Ordinal));
        return (tag == DriftTag ? FailureClass.Drift : infrastructure ? FailureClass.Infrastructure : FailureClass.Business, Reason(text));
    }

    public static (FailureClass Class, string Reason) Classify(Exception exception) =>
        Classify(exception.GetType().FullName, exception.Message);

    /// <summary>The first line of a failure message, from after its own class tag, short enough for a summary row.</summary>
    public static string Reason(string message)
    {
        var firstLine = message.Split('\n', 2)[0].Trim();
        if (OwnTag(firstLine) is { } tag)
        {
            firstLine = firstLine[(firstLine.IndexOf(tag, StringComparison.Ordinal) + tag.Length)..].Trim();
        }

        return firstLine.Length <= 240 ? firstLine : firstLine[..240] + "…";
    }

    /// <summary>
    /// The failure's own class tag: the first one in its message. A message may quote another failure's message, tag and
    /// all ("Expected failure.Message "[infrastructure] …" to contain …"); the quoted tag is not this failure's class.
    /// </summary>
    private static string? OwnTag(string message) => new[] { InfrastructureTag, BusinessTag, DriftTag }
        .Select(tag => (Tag: tag, At: message.IndexOf(tag, StringComparison.Ordinal)))
        .Where(found => found.At >= 0)
        .OrderBy(found => found.At)
        .Select(found => found.Tag)
        .FirstOrDefault();

    private static readonly string[] NetworkExceptionTypes =
    [
        nameof(HttpRequestException), nameof(WebSocketException), nameof(SocketException), nameof(InfrastructureFailureException),
    ];
}
