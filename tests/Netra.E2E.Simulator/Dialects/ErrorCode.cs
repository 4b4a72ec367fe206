namespace Netra.E2E.Simulator.Dialects;

/// <summary>Why a request failed, in the server's terms; each dialect names these on the wire.</summary>
public enum ErrorCode
{
    InvalidMessage,
    UnknownMessageType,
    AgentNotFound,
    MessageTooLarge,
    ThreadAccessDenied,
    InternalError,

    /// <summary>The connection itself failed (only a fault says so).</summary>
    ConnectionError,
}
