using Netra.E2E.Harness.Wire.Messages;

namespace Netra.E2E.Harness.Wire.Staging;

/// <summary>
/// The deployed backend's messages outside runs: its welcome (a system_message announcing the connection, whatever
/// its event is called this week), server pings and heartbeats, pongs without the ping's id, acks for types it does
/// not handle, and errors as error_message. Each is normalised to the protocol's name where it has one, and noted.
/// </summary>
internal static class StagingConnectionMessages
{
    private static readonly string[] WelcomeEvents = ["connection_established", "connect", "connected", "connection_ready"];

    public static NetraEvent? Read(StagingFrame f, NetraEvent read) => f.Type switch
    {
        "system_message" when IsWelcome(f) => read with
        {
            Type = EventNames.ConnectionEstablished,
            ConnectionId = f.String("connection_id"),
            UserId = f.String("user_id"),
            Notes = [.. read.Notes, $"welcome as system_message (event '{f.String("event")}')"],
        },
        "connection_established" => read with { ConnectionId = f.String("connection_id"), UserId = f.String("user_id") },
        "ping" => read with { Type = EventNames.ServerPing, Notes = [.. read.Notes, "server ping (answered with pong)"] },
        "heartbeat" => read with { Notes = [.. read.Notes, "server heartbeat"] },
        "pong" => read with { UserId = f.String("user_id"), Notes = read.MessageId is null ? [.. read.Notes, "pong without the ping's message_id"] : read.Notes },
        "ack" => read with { Notes = [.. read.Notes, $"ack for a client type it does not handle ('{f.String("received_type")}')"] },
        "error_message" => ErrorMessage(f, read),
        "error" => read with { ErrorCode = f.String("code", "error_code"), ErrorMessage = f.String("message", "error_message", "error") },
        "agent_error" => read with
        {
            Type = EventNames.Error,
            ErrorCode = f.String("error_type", "error_code", "code") ?? "AGENT_ERROR",
            ErrorMessage = f.String("error", "error_message", "message"),
            IsAgentError = true,
            Notes = [.. read.Notes, "agent_error as the run's terminal error"],
        },
        _ => null,
    };

    /// <summary>The deployed backend's error codes that mean one of the contract's, read as the contract's.</summary>
    private static readonly Dictionary<string, string> ContractCodes = new(StringComparer.Ordinal) { ["FORMAT_ERROR"] = "INVALID_MESSAGE" };

    private static NetraEvent ErrorMessage(StagingFrame f, NetraEvent read)
    {
        var code = f.String("error_code", "code");
        var notes = new List<string>(read.Notes) { "error_message instead of error" };
        if (code is not null && ContractCodes.TryGetValue(code, out var contractCode))
        {
            notes.Add($"{code} for {contractCode}");
            code = contractCode;
        }

        return read with { Type = EventNames.Error, ErrorCode = code, ErrorMessage = f.String("error_message", "message"), Notes = notes };
    }

    /// <summary>Recognised by its form: a system_message that names a connection or announces one, whatever the event's name.</summary>
    private static bool IsWelcome(StagingFrame f) =>
        f.String("connection_id") is not null || WelcomeEvents.Contains(f.String("event") ?? "", StringComparer.OrdinalIgnoreCase);
}
