using Netra.E2E.Harness.Auth;
using Netra.E2E.Harness.Recording;
using Netra.E2E.Harness.Wire;

namespace Netra.E2E.Harness.Tests.Recording;

/// <summary>Each out frame starts a turn; in frames belong to the last turn and are timed from its start.</summary>
public sealed class SessionRecordingTests
{
    [Fact]
    public void Frames_are_numbered_by_turn_and_timed_from_its_start()
    {
        var session = new SessionRecording("alice#1", new TestUser("u", "u@x.test", "t"));
        session.Accepted(null);

        session.OnFrame(FrameDirection.Received, """{"type":"welcome"}""", TimeSpan.FromMilliseconds(4));
        session.OnFrame(FrameDirection.Sent, """{"type":"user_message"}""", TimeSpan.FromMilliseconds(10));
        session.OnFrame(FrameDirection.Received, """{"type":"agent_started"}""", TimeSpan.FromMilliseconds(130.4));
        session.OnFrame(FrameDirection.Sent, "raw text", TimeSpan.FromMilliseconds(200));
        session.OnFrame(FrameDirection.Received, """{"type":"error"}""", TimeSpan.FromMilliseconds(203));
        session.Closed(1011, CassetteClose.ByServer);
        session.Closed(1000, CassetteClose.ByClient);

        var snapshot = session.Snapshot()!;
        snapshot.Frames.Select(f => (f.Turn, f.Direction, f.AtMs)).Should().Equal(
            (0, "in", 4L), (1, "out", 0L), (1, "in", 120L), (2, "out", 0L), (2, "in", 3L));
        snapshot.Frames[3].Text.Should().Be("raw text");
        snapshot.Close.Should().Be(new CassetteClose(1011, CassetteClose.ByServer), "the first close wins: the server closed first");
    }

    [Fact]
    public void A_session_the_backend_never_answered_has_nothing_to_replay()
    {
        new SessionRecording("alice#1", new TestUser("u", "u@x.test", "t")).Snapshot().Should().BeNull();
    }
}
