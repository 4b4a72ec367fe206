namespace Netra.E2E.Harness.Wire;

public enum FrameDirection { Sent, Received }

/// <summary>Sees every text frame of a session as it crosses the socket (for recordings), and never changes it.</summary>
public interface IFrameObserver
{
    void OnFrame(FrameDirection direction, string text, TimeSpan at);
}
