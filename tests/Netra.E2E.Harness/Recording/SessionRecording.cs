using Netra.E2E.Harness.Auth;
using Netra.E2E.Harness.Wire;

namespace Netra.E2E.Harness.Recording;

/// <summary>
/// One session as it crosses the wire, for its cassette: the handshake's answer, every text frame in and out with its
/// turn and its time from the turn's start, and the close. Frames arrive from the receive loop and from sends at once.
/// </summary>
public sealed class SessionRecording(string key, TestUser user) : IFrameObserver
{
    private readonly object _gate = new();
    private readonly List<(int Turn, string Direction, long AtMs, string Text)> _frames = [];
    private int _turn;
    private TimeSpan _turnStart;
    private CassetteHandshake? _handshake;
    private CassetteClose? _close;

    public string Key { get; } = key;

    public TestUser User { get; } = user;

    /// <summary>Every out frame starts the next turn; an in frame belongs to the turn of the last out frame sent before it.</summary>
    public void OnFrame(FrameDirection direction, string text, TimeSpan at)
    {
        lock (_gate)
        {
            if (direction == FrameDirection.Sent)
            {
                _turn++;
                _turnStart = at;
                _frames.Add((_turn, CassetteFrame.Out, 0, text));
            }
            else
            {
                _frames.Add((_turn, CassetteFrame.In, Math.Max(0, (long)Math.Round((at - _turnStart).TotalMilliseconds)), text));
            }
        }
    }

    public void Accepted(string? subprotocol) => Answered(new CassetteHandshake(101, subprotocol));

    public void Refused(int status) => Answered(new CassetteHandshake(status, null));

    private void Answered(CassetteHandshake handshake)
    {
        lock (_gate)
        {
            _handshake = handshake;
        }
    }

    /// <summary>The first close wins: the server's when it closed first, the client's when the test did.</summary>
    public void Closed(int? code, string by)
    {
        lock (_gate)
        {
            _close ??= new CassetteClose(code, by);
        }
    }

    /// <summary>The session so far, or null when the backend never answered its handshake (nothing to replay).</summary>
    public CassetteSession? Snapshot()
    {
        lock (_gate)
        {
            return _handshake is null
                ? null
                : new CassetteSession(Key, _handshake, _close, _frames.Select(f => CassetteFrame.From(f.Turn, f.Direction, f.AtMs, f.Text)).ToArray());
        }
    }
}
