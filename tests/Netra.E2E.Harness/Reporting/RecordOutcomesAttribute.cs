using System.Reflection;
using Netra.E2E.Harness.Verdicts;
using Xunit;
using Xunit.v3;
using XunitResult = Xunit.TestResult;

namespace Netra.E2E.Harness.Reporting;

/// <summary>
/// Applied to a suite's assembly (<c>[assembly: RecordOutcomes]</c>): before each test, failures of FluentAssertions
/// become [business] failures; after it, its outcome goes to <see cref="TestOutcomes"/>. Both run inside xUnit, so
/// they work the same under every runner and IDE explorer.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class RecordOutcomesAttribute : BeforeAfterTestAttribute
{
    private const string DynamicSkipPrefix = "$XunitDynamicSkip$";

    public override void Before(MethodInfo methodUnderTest, IXunitTest test) => BusinessFailureMessages.Install();

    public override void After(MethodInfo methodUnderTest, IXunitTest test)
    {
        if (TestContext.Current.TestState is not { } state)
        {
            return;
        }

        var message = state.ExceptionMessages is [var first, ..] ? first : null;
        var type = state.ExceptionTypes is [var firstType, ..] ? firstType : null;
        TestResult? result = state.Result switch
        {
            XunitResult.Passed => new TestResult(test.TestDisplayName, TestOutcome.Passed),
            XunitResult.Skipped => new TestResult(test.TestDisplayName, TestOutcome.Skipped, Message: message?.Replace(DynamicSkipPrefix, "", StringComparison.Ordinal)),
            XunitResult.Failed when message?.StartsWith(DynamicSkipPrefix, StringComparison.Ordinal) == true =>
                new TestResult(test.TestDisplayName, TestOutcome.Skipped, Message: message[DynamicSkipPrefix.Length..]),
            XunitResult.Failed => new TestResult(test.TestDisplayName, TestOutcome.Failed, type, message),
            _ => null,
        };
        if (result is not null)
        {
            TestOutcomes.Record(test.UniqueID, result);
        }
    }
}
