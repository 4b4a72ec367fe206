using System.Text.Json;

namespace Netra.E2E.Simulator.Replay;

/// <summary>A cassette as the replay host uses it (cassette-format.md); read once per file and shared by every connection.</summary>
public sealed record Cassette(IReadOnlyList<RecordedSession> Sessions)
{
    public RecordedSession? Session(string key) => Sessions.FirstOrDefault(s => s.Key == key);

    public string Keys => Sessions.Count == 0 ? "none" : string.Join(", ", Sessions.Select(s => s.Key));
}

/// <param name="Subprotocol">The subprotocol the server selected, or null.</param>
/// <param name="Close">How the socket ended, or null when it was still open when the test let go of it.</param>
/// <param name="Turns">Turn 0 (frames before the client sent anything), then one turn per client frame, in order.</param>
public sealed record RecordedSession(
    string Key,
    int HandshakeStatus,
    string? HandshakeBody,
    string? Subprotocol,
    RecordedClose? Close,
    IReadOnlyList<RecordedTurn> Turns)
{
    public int LastTurn => Turns.Count - 1;
}

/// <param name="Code">The close code, or null for a close frame without one.</param>
public sealed record RecordedClose(int? Code, bool ByServer);

/// <param name="Out">The client frame that started the turn; null for turn 0.</param>
/// <param name="In">The frames the client received in this turn, in order.</param>
public sealed record RecordedTurn(RecordedFrame? Out, IReadOnlyList<RecordedFrame> In);

/// <summary>One text frame: parsed JSON (kept as a read-only element, safe to share across threads) or raw text.</summary>
public sealed record RecordedFrame(int AtMs, JsonElement? Json, string? Text);
