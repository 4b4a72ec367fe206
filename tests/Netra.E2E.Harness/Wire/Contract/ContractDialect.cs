using System.Text.Json;
using Netra.E2E.Harness.Wire.Messages;

namespace Netra.E2E.Harness.Wire.Contract;

/// <summary>The protocol's strict form (netra-protocol.md sections 1 to 3), with its tolerated loose forms.</summary>
public sealed class ContractDialect(TimeProvider? time = null, Func<string>? newMessageId = null) : IWireDialect
{
    private readonly ContractRequestWriter _writer = new(time ?? TimeProvider.System, newMessageId ?? (() => $"msg_{Guid.NewGuid():N}"));

    public string Name => "contract";

    public NetraEvent Read(string frame, TimeSpan receivedAt)
    {
        var (envelope, malformed) = ContractEnvelope.Read(frame);
        if (envelope is null)
        {
            return NetraEvent.Unreadable(frame, receivedAt, malformed!);
        }

        var payload = envelope.Payload;
        var result = ContractSchema.ResultOf(payload);
        return new NetraEvent
        {
            Type = envelope.Type,
            RunId = envelope.RunId,
            ThreadIds = envelope.ThreadIds,
            MessageId = envelope.MessageId,
            Timestamp = envelope.Timestamp,
            UserId = Json.String(payload, "user_id"),
            AgentName = Json.String(payload, "agent_name"),
            ParentAgent = Json.String(payload, "parent_agent"),
            ToolName = Json.String(payload, "tool_name"),
            ToolResult = envelope.Type == EventNames.ToolCompleted ? Json.ResultText(result) : null,
            Thought = Json.String(payload, "thought"),
            StepNumber = Json.Integer(payload, "step_number"),
            TotalSteps = Json.Integer(payload, "total_steps"),
            DurationMs = Json.Number(payload, "duration_ms"),
            Answer = envelope.Type == EventNames.AgentCompleted ? AnswerReader.Read(result) : null,
            ErrorCode = Json.String(payload, "code"),
            ErrorMessage = Json.String(payload, "message"),
            ConnectionId = Json.String(payload, "connection_id"),
            Raw = frame,
            ReceivedAt = receivedAt,
            Notes = envelope.Notes,
            Problems = ContractSchema.Check(envelope),
        };
    }

    public string Write(ClientRequest request) => _writer.Write(request);

    public bool IsGreeting(NetraEvent e) => e.Type == EventNames.ConnectionEstablished;

    public bool IsPongTo(NetraEvent e, string pingMessageId) => e.Type == EventNames.Pong && e.MessageId == pingMessageId;

    public IRunCorrelation Correlate(string clientRunId, string userId) => new ContractRunCorrelation(clientRunId);
}
