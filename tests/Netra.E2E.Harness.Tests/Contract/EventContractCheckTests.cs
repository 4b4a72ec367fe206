using Netra.E2E.Harness.Auth;
using Netra.E2E.Harness.Contract;
using Netra.E2E.Harness.Reporting;
using static Netra.E2E.Harness.Tests.Contract.ContractRuns;

namespace Netra.E2E.Harness.Tests.Contract;

/// <summary>Every finished run is held to the contract: a broken one fails its test as [business], a tolerated form is a warning.</summary>
public sealed class EventContractCheckTests
{
    private static readonly TestUser SessionUser = new(User, "user_1@e2e.netra.test", "token");

    private static RunTranscript Run(IEnumerable<NetraEvent> events) =>
        new(ContractRuns.Run, events.Select((e, i) => e with { MessageId = $"m{i}", Timestamp = At(i) }).ToArray(), TimeSpan.Zero, TimeSpan.Zero);

    [Fact]
    public void A_valid_run_passes_and_its_tolerated_forms_reach_the_ledger()
    {
        var ledger = new RunLedger();
        var events = Valid();
        events[1] = events[1] with { Notes = ["flat event (fields beside type, no payload)"] };

        new EventContractCheck(ledger).OnRunFinished(Run(events), SessionUser);

        ledger.Warnings().Should().Equal("agent_thinking: flat event (fields beside type, no payload) (tolerated loose form)");
    }

    [Fact]
    public void A_broken_run_fails_as_business_naming_every_violation()
    {
        var events = Valid();
        events[1] = events[1] with { UserId = "user_2" };
        events.RemoveAt(2);

        var check = () => new EventContractCheck(new RunLedger()).OnRunFinished(Run(events), SessionUser);

        var failure = check.Should().Throw<BusinessFailureException>().Which;
        FailureClassifier.Classify(failure).Class.Should().Be(FailureClass.Business);
        failure.Message.Should().StartWith("[business] event contract broken in run run_1")
            .And.Contain("user_id must be the session's user 'user_1'")
            .And.Contain("tool_executing is mandatory");
    }
}
