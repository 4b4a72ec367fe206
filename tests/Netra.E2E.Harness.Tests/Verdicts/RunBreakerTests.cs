namespace Netra.E2E.Harness.Tests.Verdicts;

/// <summary>A cause that decides the rest of a run fails later tests at once, in its own class, saying it was decided earlier.</summary>
public sealed class RunBreakerTests
{
    [Fact]
    public void Two_runs_that_never_start_fail_every_later_run_at_once_as_business()
    {
        var breaker = new RunBreaker();
        var tripped = new List<Exception>();
        breaker.Tripped += tripped.Add;

        breaker.NoRunStarted(new BusinessFailureException("agent execution is broken: the backend is alive (pong in 3 ms) but started no run within 15 s"));
        breaker.ThrowIfRunsBroken();
        breaker.NoRunStarted(new BusinessFailureException("agent execution is broken: the backend is alive (pong in 4 ms) but started no run within 15 s"));

        var later = Record.Exception(breaker.ThrowIfRunsBroken);
        later.Should().BeOfType<BusinessFailureException>().Which.Message.Should()
            .StartWith("[business] agent execution is broken").And.Contain("decided after 2 requests").And.Contain("failed at once");
        tripped.Should().ContainSingle("the cause is printed once");
    }

    [Fact]
    public void A_refused_own_token_fails_every_later_connection_at_once_as_infrastructure_with_the_refusal()
    {
        var breaker = new RunBreaker();
        var refusal = new ConnectionRefusal("close 1008 after the upgrade", "VALIDATION_FAILED", "Token validation failed");

        breaker.ConnectionsFail(new InfrastructureFailureException("the backend refused the suite's own token") { Refusal = refusal });

        var later = Record.Exception(breaker.ThrowIfConnectionsBroken);
        later.Should().BeOfType<InfrastructureFailureException>().Which.Refusal.Should().Be(refusal);
        later!.Message.Should().StartWith("[infrastructure] the backend refused the suite's own token");
        Record.Exception(breaker.ThrowIfRunsBroken).Should().BeNull("runs are decided by their own causes");
    }
}
