using System.Text;
using Xunit.v3;

namespace Netra.E2E.Harness.Recording;

/// <summary>
/// How tests and sessions are named in cassettes: the test stem <c>Class.Method[.scenarioKey]</c> (also the file
/// name, with characters outside [A-Za-z0-9._-] replaced by "_"), and a session key <c>label#n</c>.
/// </summary>
public static class CassetteNames
{
    public const string Extension = ".json";

    /// <summary>The running test's stem, or null outside a test.</summary>
    public static string? CurrentTest() => Xunit.TestContext.Current.Test is IXunitTest test ? TestStem(test) : null;

    public static string TestStem(IXunitTest test) =>
        TestStem(test.TestCase.TestClassSimpleName, test.TestCase.TestMethodName, test.TestMethodArguments);

    /// <summary>A theory row adds its key: its single argument, or the first of its string arguments.</summary>
    public static string TestStem(string testClass, string method, IReadOnlyList<object?> arguments)
    {
        var key = arguments.Count == 1 ? arguments[0]?.ToString() : arguments.OfType<string>().FirstOrDefault();
        return Sanitize(key is null ? $"{testClass}.{method}" : $"{testClass}.{method}.{key}");
    }

    public static string FileName(string testStem) => Sanitize(testStem) + Extension;

    public static string SessionKey(string label, int n) => $"{Sanitize(label)}#{n}";

    public static string Sanitize(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            clean.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_');
        }

        return clean.ToString();
    }
}
