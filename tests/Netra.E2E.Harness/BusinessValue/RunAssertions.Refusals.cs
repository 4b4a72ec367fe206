using FluentAssertions;
using FluentAssertions.Execution;

namespace Netra.E2E.Harness.BusinessValue;

/// <summary>Requests the product must refuse, and say so clearly.</summary>
public sealed partial class RunAssertions
{
    [CustomAssertion]
    public AndConstraint<RunAssertions> BeRefusedWith(string errorCode, string request, string because = "", params object[] becauseArgs)
    {
        var error = Subject.Error;
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(error is not null || !Subject.Completed)
            .FailWith("Expected {0} to be refused with {1}{reason}, but the backend answered it as if it were valid ({2}): the user is never told the request was wrong.",
                request, errorCode, Subject.Describe())
            .Then
            .ForCondition(error?.ErrorCode == errorCode)
            .FailWith("Expected {0} to be refused with {1}{reason}, but the error was {2}: {3}.", request, errorCode, error?.ErrorCode, error?.ErrorMessage);
        return new(this);
    }
}
