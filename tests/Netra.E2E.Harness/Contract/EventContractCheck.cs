using Netra.E2E.Harness.Auth;
using Netra.E2E.Harness.Reporting;
using Netra.E2E.Harness.Session;
using Netra.E2E.Harness.Verdicts;

namespace Netra.E2E.Harness.Contract;

/// <summary>Holds every finished run to the event contract: violations fail the test, warnings go to the run ledger.</summary>
public sealed class EventContractCheck(RunLedger ledger) : ISessionObserver
{
    public void OnRunFinished(RunTranscript run, TestUser user)
    {
        var contract = EventContract.Validate(run, user.Id);
        ledger.AddWarnings(contract.Warnings);
        if (!contract.IsValid)
        {
            throw new BusinessFailureException($"event contract broken in run {run.RunId}: {string.Join("; ", contract.Violations)}");
        }
    }
}
