using Netra.E2E.Harness.Auth;

namespace Netra.E2E.Harness.Session;

/// <summary>Sees every run a session collected, when it is finished; may fail the test by throwing a classed failure.</summary>
public interface IRunObserver
{
    void OnRunFinished(RunTranscript run, TestUser user);
}
