using Xunit.Sdk;
using Xunit.v3;

namespace Netra.E2E.Harness.Running;

/// <summary>
/// A test case as one test case per iteration: same method, arguments, traits and skip rules; its display name says
/// the iteration, its unique id is derived from the original's and the iteration's number, and it carries an
/// "Iteration" trait to filter by. A kind of case it cannot copy runs once.
/// </summary>
public static class IterationCopies
{
    public const string Trait = "Iteration";

    public static IEnumerable<ITestCase> Of(ITestCase testCase, int iterations) => testCase switch
    {
        XunitDelayEnumeratedTheoryTestCase theory when theory.GetType() == typeof(XunitDelayEnumeratedTheoryTestCase) =>
            Enumerable.Range(1, iterations).Select(i => Theory(theory, i, iterations)),
        XunitTestCase fact when fact.GetType() == typeof(XunitTestCase) => Enumerable.Range(1, iterations).Select(i => Fact(fact, i, iterations)),
        _ => [testCase],
    };

    private static XunitTestCase Fact(XunitTestCase original, int iteration, int iterations) => new(
        original.TestMethod,
        IterationName.Of(original.TestCaseDisplayName, iteration, iterations),
        UniqueId(original.UniqueID, iteration),
        original.Explicit,
        original.TestLabel,
        original.DisableParallelization,
        original.SkipExceptions,
        original.SkipReason,
        original.SkipType,
        original.SkipUnless,
        original.SkipWhen,
        Traits(original.Traits, iteration),
        original.TestMethodArguments,
        original.SourceFilePath,
        original.SourceLineNumber,
        original.Timeout);

    private static XunitDelayEnumeratedTheoryTestCase Theory(XunitDelayEnumeratedTheoryTestCase original, int iteration, int iterations) => new(
        original.TestMethod,
        IterationName.Of(original.TestCaseDisplayName, iteration, iterations),
        UniqueId(original.UniqueID, iteration),
        original.Explicit,
        original.SkipTestWithoutData,
        original.SkipExceptions,
        original.SkipReason,
        original.SkipType,
        original.SkipUnless,
        original.SkipWhen,
        Traits(original.Traits, iteration),
        original.SourceFilePath,
        original.SourceLineNumber,
        original.Timeout);

    private static string UniqueId(string original, int iteration)
    {
        using var generator = new UniqueIDGenerator();
        generator.Add(original);
        generator.Add($"iteration {iteration}");
        return generator.Compute();
    }

    private static Dictionary<string, HashSet<string>> Traits(Dictionary<string, HashSet<string>> traits, int iteration)
    {
        var copy = traits.ToDictionary(t => t.Key, t => new HashSet<string>(t.Value, StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
        copy[Trait] = [iteration.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        return copy;
    }
}
