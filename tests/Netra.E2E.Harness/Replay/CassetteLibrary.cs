using System.Collections.Concurrent;
using Netra.E2E.Harness.Recording;

namespace Netra.E2E.Harness.Replay;

/// <summary>A folder of cassettes, one per test, found by the test's stem; each read once.</summary>
public sealed class CassetteLibrary(string directory)
{
    private readonly ConcurrentDictionary<string, Lazy<Cassette>> _read = new(StringComparer.Ordinal);

    public string Directory { get; } = directory;

    public string FileOf(string test) => CassetteNames.FileName(test);

    public bool Has(string test) => File.Exists(Path.Combine(Directory, FileOf(test)));

    /// <summary>The test's cassette, or null when the folder has none for it. A cassette that cannot be read fails loudly.</summary>
    public Cassette? Find(string test) => Has(test)
        ? _read.GetOrAdd(test, t => new Lazy<Cassette>(() => CassetteJson.Read(File.ReadAllText(Path.Combine(Directory, FileOf(t))), FileOf(t)))).Value
        : null;

    /// <summary>Who the cassettes were recorded from, as the first of them says.</summary>
    public string? RecordedBackend() => System.IO.Directory.Exists(Directory)
        ? System.IO.Directory.EnumerateFiles(Directory, "*" + CassetteNames.Extension).Order(StringComparer.Ordinal)
            .Select(f => CassetteJson.Read(File.ReadAllText(f), Path.GetFileName(f)).Backend).FirstOrDefault(b => b is not null)
        : null;
}
