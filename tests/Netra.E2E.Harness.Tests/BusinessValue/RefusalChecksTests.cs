using static Netra.E2E.Harness.Tests.BusinessValue.Runs;

namespace Netra.E2E.Harness.Tests.BusinessValue;

/// <summary>A request the product must refuse is refused with the protocol's error code, and an answer instead says it was taken as valid.</summary>
public sealed class RefusalChecksTests
{
    private const string Request = "an empty message";

    [Fact]
    public void A_refusal_with_the_expected_code_passes()
    {
        Verdict.Passes(() => Of(Error("INVALID_MESSAGE", "content must not be empty")).Should().BeRefusedWith("INVALID_MESSAGE", Request));
    }

    [Fact]
    public void An_answer_instead_of_a_refusal_fails_saying_the_request_was_taken_as_valid()
    {
        var failure = Verdict.FailsAsBusiness(() => Answering("Here is your answer.").Should().BeRefusedWith("INVALID_MESSAGE", Request));

        failure.Message.Should().Contain("answered it as if it were valid");
    }

    [Fact]
    public void A_refusal_with_another_code_fails_naming_that_code()
    {
        var failure = Verdict.FailsAsBusiness(() => Of(Error("INTERNAL_ERROR", "boom")).Should().BeRefusedWith("INVALID_MESSAGE", Request));

        failure.Message.Should().Contain("the error was \"INTERNAL_ERROR\"").And.NotContain("as if it were valid");
    }

    [Fact]
    public void A_run_that_stops_without_an_error_was_not_refused_nor_answered()
    {
        var failure = Verdict.FailsAsBusiness(() => Of(Started()).Should().BeRefusedWith("INVALID_MESSAGE", Request));

        failure.Message.Should().Contain("the error was <null>").And.NotContain("as if it were valid");
    }
}
