using System.Net.WebSockets;

namespace Netra.E2E.Simulator.Connections;

/// <summary>A connection upgraded only to be refused: it is told why, then closed; nothing it sends is read.</summary>
public sealed class RefusingHandler(ChatConnection connection, string frame, WebSocketCloseStatus status, string description) : IConnectionHandler
{
    public void Opened()
    {
        connection.Send(frame);
        connection.Close(status, description);
    }

    public void Received(string? frame)
    {
    }

    public void Oversized(int limitBytes)
    {
    }
}
