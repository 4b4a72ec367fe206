using System.Globalization;
using System.Xml.Linq;

namespace Netra.E2E.Harness.Tests.Gate;

/// <summary>One test's result in a TRX report: its case, class and method, outcome and when it ran.</summary>
public sealed record TrxResult(string TestId, string Name, string ClassName, string MethodName, string Outcome, DateTimeOffset Start, DateTimeOffset End)
{
    public bool Overlaps(TrxResult other) => Start < other.End && other.Start < End;

    /// <summary>The most of these that were running at one moment.</summary>
    public static int MostAtOnce(IEnumerable<TrxResult> results) =>
        results.SelectMany(r => new[] { (At: r.Start, Step: 1), (At: r.End, Step: -1) })
            .OrderBy(e => e.At).ThenBy(e => e.Step)
            .Aggregate((Now: 0, Most: 0), (acc, e) => (acc.Now + e.Step, Math.Max(acc.Most, acc.Now + e.Step))).Most;

    public static IReadOnlyList<TrxResult> Read(string trx)
    {
        var xml = XDocument.Parse(trx);
        XNamespace ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
        var methods = xml.Descendants(ns + "UnitTest").ToDictionary(
            t => (string)t.Attribute("id")!,
            t => t.Element(ns + "TestMethod") is { } m ? ((string)m.Attribute("className")!, (string)m.Attribute("name")!) : ("", ""));
        return xml.Descendants(ns + "UnitTestResult").Select(r =>
        {
            var id = (string)r.Attribute("testId")!;
            var (className, methodName) = methods.GetValueOrDefault(id, ("", ""));
            return new TrxResult(id, (string)r.Attribute("testName")!, className, methodName, (string)r.Attribute("outcome")!,
                DateTimeOffset.Parse((string)r.Attribute("startTime")!, CultureInfo.InvariantCulture), DateTimeOffset.Parse((string)r.Attribute("endTime")!, CultureInfo.InvariantCulture));
        }).ToArray();
    }
}
