using System.Globalization;
using System.Text.RegularExpressions;

namespace Netra.E2E.Harness.Running;

/// <summary>How a test's display name says its iteration ("01 Basic flow [iteration 2/5]"), and how the summary reads it back.</summary>
public static partial class IterationName
{
    public static string Of(string displayName, int iteration, int iterations) =>
        string.Create(CultureInfo.InvariantCulture, $"{displayName} [iteration {iteration}/{iterations}]");

    /// <summary>The test's own name and its iteration; a name without one is iteration 1 of 1.</summary>
    public static (string Test, int Iteration, int Iterations) Parse(string displayName)
    {
        var match = IterationRegex().Match(displayName);
        return match.Success
            ? (displayName.Remove(match.Index, match.Length), int.Parse(match.Groups["i"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture))
            : (displayName, 1, 1);
    }

    // A delay-enumerated theory puts its row's arguments after the name, so the iteration may sit mid-name.
    [GeneratedRegex(@" \[iteration (?<i>\d+)/(?<n>\d+)\]")]
    private static partial Regex IterationRegex();
}
