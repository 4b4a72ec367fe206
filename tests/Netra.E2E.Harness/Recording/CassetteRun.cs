using Netra.E2E.Harness.Connection;
using Netra.E2E.Harness.Drift;
using Netra.E2E.Harness.Replay;
using Netra.E2E.Harness.Settings;

namespace Netra.E2E.Harness.Recording;

/// <summary>
/// The run's cassette work against a live backend: it records every test's traffic, and when the test ends writes its
/// cassette (NETRA_E2E_RECORD) and compares it with the one recorded before (NETRA_E2E_CASSETTES, for drift).
/// </summary>
public sealed class CassetteRun
{
    private readonly TrafficRecorder _recorder;
    private readonly string? _recordDirectory;
    private readonly CassetteLibrary? _recorded;

    private CassetteRun(TrafficRecorder recorder, string? recordDirectory, CassetteLibrary? recorded, DriftMode driftMode, string? live)
    {
        _recorder = recorder;
        _recordDirectory = recordDirectory;
        _recorded = recorded;
        DriftMode = driftMode;
        Drift = recorded is null ? null : new DriftLedger(recorded.Directory, live);
    }

    public DriftMode DriftMode { get; }

    /// <summary>The tests compared with their cassettes; null when this run compares nothing.</summary>
    public DriftLedger? Drift { get; }

    /// <summary>Null when the run neither records nor compares (replay mode never does: it has no live traffic).</summary>
    /// <param name="backend">Who answers, as its health body says; written into every cassette.</param>
    /// <param name="secret">The run's JWT secret, replaced wherever it might appear.</param>
    public static CassetteRun? Start(NetraE2ESettings settings, string? backend, string? secret)
    {
        var compare = settings.CassetteDirectory is not null && settings.Mode != BackendMode.Replay && settings.Drift != DriftMode.Off;
        if (settings.RecordDirectory is null && !compare)
        {
            return null;
        }

        if (settings.RecordDirectory is not null)
        {
            Directory.CreateDirectory(settings.RecordDirectory);
        }

        var recorder = new TrafficRecorder(settings.Mode.ToString().ToLowerInvariant(), backend, secret);
        return new CassetteRun(recorder, settings.RecordDirectory, compare ? new CassetteLibrary(settings.CassetteDirectory!) : null, settings.Drift, backend);
    }

    /// <summary>The connector whose sessions this run records.</summary>
    public IBackendConnector Connect(IBackendConnector connector) => new RecordingConnector(connector, _recorder);

    /// <summary>
    /// Ends a test's traffic: compares it with the test's recorded cassette (when there is one) and writes its own. The
    /// drift, or null when nothing was compared.
    /// </summary>
    public TestDrift? FinishTest(string test, string displayName)
    {
        if (_recorder.Finish(test) is not { } cassette)
        {
            return null;
        }

        TestDrift? drift = null;
        if (_recorded?.Find(test) is { } recorded)
        {
            drift = DriftComparer.Compare(recorded, cassette, displayName);
            Drift!.Add(drift, recorded.Backend);
        }

        if (_recordDirectory is not null)
        {
            Write(cassette, _recordDirectory);
        }

        return drift;
    }

    /// <summary>Tests the per-test hook did not end (a project without it): their cassettes are written at the run's end.</summary>
    public void FinishAll()
    {
        foreach (var test in _recorder.Unfinished)
        {
            FinishTest(test, test);
        }
    }

    private static void Write(Cassette cassette, string directory)
    {
        var path = Path.Combine(directory, cassette.FileName);
        var partial = path + ".partial";
        File.WriteAllText(partial, CassetteJson.Write(cassette));
        File.Move(partial, path, overwrite: true);
    }
}
