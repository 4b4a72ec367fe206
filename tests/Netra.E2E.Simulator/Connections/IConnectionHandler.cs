namespace Netra.E2E.Simulator.Connections;

/// <summary>What a connection does with what it receives; the connection itself only moves text frames.</summary>
public interface IConnectionHandler
{
    void Opened();

    /// <param name="frame">The frame's text, or null when it was binary or not valid UTF-8.</param>
    void Received(string? frame);

    /// <summary>A frame went over the size limit; the connection closes with 1009 right after.</summary>
    void Oversized(int limitBytes);
}

public interface IConnectionHandlerFactory
{
    IConnectionHandler Create(ChatConnection connection);
}
