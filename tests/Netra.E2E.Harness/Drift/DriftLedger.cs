using System.Collections.Concurrent;

namespace Netra.E2E.Harness.Drift;

/// <summary>Every compared test's drift, for the run summary's "Simulator drift" section.</summary>
public sealed class DriftLedger(string cassettes, string? live)
{
    private readonly ConcurrentDictionary<string, TestDrift> _tests = new(StringComparer.Ordinal);
    private string? _recorded;

    public void Add(TestDrift drift, string? recordedFrom)
    {
        _tests[drift.Test] = drift;
        Interlocked.CompareExchange(ref _recorded, recordedFrom, null);
    }

    public SimulatorDrift Report() => new(
        cassettes,
        Volatile.Read(ref _recorded),
        live,
        _tests.Count,
        _tests.Values.Where(t => t.Drifted).OrderBy(t => t.DisplayName, StringComparer.Ordinal).ToArray());
}

/// <summary>
/// The run's comparison of the live backend with the cassettes: where they came from, how many tests were compared, and
/// every test that drifted with its differences.
/// </summary>
public sealed record SimulatorDrift(string Cassettes, string? RecordedFrom, string? Live, int Compared, IReadOnlyList<TestDrift> Tests)
{
    /// <summary>Each distinct difference once, with how many tests show it: by aspect (the wire's forms first), most widespread first.</summary>
    public IReadOnlyList<SharedDifference> Differences => Tests
        .SelectMany(t => t.Items.Select(Generalised).Distinct())
        .GroupBy(item => item)
        .Select(g => new SharedDifference(g.Key.Aspect, g.Key.Subject, g.Key.Staging, g.Key.Simulator, g.Count()))
        .OrderBy(d => DriftAspects.Rank(d.Aspect)).ThenByDescending(d => d.Tests).ThenBy(d => d.Subject, StringComparer.Ordinal)
        .ToArray();

    /// <summary>A session's difference without the session's name, so the same difference in many sessions counts once.</summary>
    private static DriftItem Generalised(DriftItem item) => item.Subject.IndexOf('#') is var hash and > 0 && item.Subject.IndexOf(", ", hash, StringComparison.Ordinal) is var comma
        ? item with { Subject = comma > 0 ? "a session" + item.Subject[comma..] : "a session" }
        : item;
}

/// <summary>A difference as the overview lists it, with how many tests show it.</summary>
public sealed record SharedDifference(string Aspect, string Subject, string Staging, string Simulator, int Tests);
