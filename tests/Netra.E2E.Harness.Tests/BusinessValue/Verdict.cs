namespace Netra.E2E.Harness.Tests.BusinessValue;

/// <summary>How a business check ends: it passes, or it fails as [business] with a message naming what was wrong.</summary>
internal static class Verdict
{
    /// <summary>Runs the check and returns its failure, which must be a business one.</summary>
    public static BusinessFailureException FailsAsBusiness(Action check)
    {
        BusinessFailureMessages.Install();
        var failure = check.Should().Throw<BusinessFailureException>().Which;
        FailureClassifier.Classify(failure).Class.Should().Be(FailureClass.Business);
        return failure;
    }

    public static void Passes(Action check)
    {
        BusinessFailureMessages.Install();
        check.Should().NotThrow();
    }
}
