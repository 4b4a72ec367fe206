namespace Netra.E2E.Harness.Verdicts;

/// <summary>
/// Makes every FluentAssertions failure a BusinessFailureException, so its message starts with [business] and the
/// class shows in the IDE's test explorer as well as in the summary. Infrastructure failures carry their own tag.
/// </summary>
public static class BusinessFailureMessages
{
    private static int s_installed;

    public static void Install()
    {
        if (Interlocked.Exchange(ref s_installed, 1) == 0)
        {
            FluentAssertions.Common.Services.ThrowException = message => throw new BusinessFailureException(message);
        }
    }
}
