using Netra.E2E.Harness.Auth;
using Netra.E2E.Harness.Wire.Messages;

namespace Netra.E2E.Harness.Session;

/// <summary>Sees every run a session collected once it is finished, and everything the session received once it closes.</summary>
public interface ISessionObserver
{
    /// <summary>May fail the test by throwing a classed failure.</summary>
    void OnRunFinished(RunTranscript run, TestUser user);

    void OnSessionClosed(IReadOnlyList<NetraEvent> received, TestUser user)
    {
    }
}
