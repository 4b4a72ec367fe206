using System.Net.Http;
using Netra.E2E.Harness.Reporting;

namespace Netra.E2E.Harness.Tests.Reporting;

public sealed class FailureClassifierTests
{
    [Fact]
    public void Infrastructure_failures_are_classed_by_their_tag()
    {
        var (cls, reason) = FailureClassifier.Classify(new InfrastructureFailureException("socket dropped"));

        cls.Should().Be(FailureClass.Infrastructure);
        reason.Should().Be("socket dropped");
    }

    [Fact]
    public void Network_exceptions_that_escape_are_infrastructure()
    {
        FailureClassifier.Classify(new HttpRequestException("Connection refused")).Class.Should().Be(FailureClass.Infrastructure);
    }

    [Fact]
    public void Assertion_failures_become_business_failures_with_the_tag_in_their_message()
    {
        BusinessFailureMessages.Install();

        var assertion = () => 1.Should().Be(2, "the answer must carry two indicators");

        var failure = assertion.Should().Throw<BusinessFailureException>().Which;
        failure.Message.Should().StartWith("[business] Expected");
        FailureClassifier.Classify(failure).Class.Should().Be(FailureClass.Business);
    }

    [Fact]
    public void A_wrapped_platform_message_keeps_only_the_reason()
    {
        var (cls, reason) = FailureClassifier.Classify("Xunit.MicrosoftTestingPlatform.XunitException",
            "Netra.E2E.Harness.Verdicts.InfrastructureFailureException : [infrastructure] no event for run r1 within 15 s\n   at stack");

        cls.Should().Be(FailureClass.Infrastructure);
        reason.Should().Be("no event for run r1 within 15 s");
    }
}
