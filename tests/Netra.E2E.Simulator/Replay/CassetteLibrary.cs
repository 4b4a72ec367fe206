using System.Buffers;
using System.Collections.Concurrent;

namespace Netra.E2E.Simulator.Replay;

/// <summary>A cassette opened by name, or why it could not be: the HTTP status and plain-text problem to answer with.</summary>
public sealed record CassetteOpening(Cassette? Cassette, int Status, string Problem)
{
    public static CassetteOpening Opened(Cassette cassette) => new(cassette, StatusCodes.Status200OK, "");

    public static CassetteOpening Refused(int status, string problem) => new(null, status, problem);
}

/// <summary>
/// The cassette directory. Each file is read once and kept, problems included: cassettes do not change during a run,
/// and concurrent tests opening the same file share one reading. A failure to read the disk is not kept.
/// </summary>
public sealed class CassetteLibrary(ReplayOptions options)
{
    private static readonly SearchValues<char> NameCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-");

    private readonly ConcurrentDictionary<string, Lazy<Cassette>> _read = new(StringComparer.Ordinal);

    public string Directory => options.Cassettes;

    public int Count => System.IO.Directory.EnumerateFiles(Directory, "*.json").Count();

    public CassetteOpening Open(string fileName)
    {
        if (fileName.AsSpan().ContainsAnyExcept(NameCharacters) || fileName.Contains("..", StringComparison.Ordinal))
        {
            return CassetteOpening.Refused(StatusCodes.Status404NotFound,
                $"no cassette \"{fileName}\" in {Directory}: a cassette is named by its file name alone (A-Z, a-z, 0-9, '.', '_', '-'; no \"..\")");
        }

        var path = Path.Combine(Directory, fileName);
        if (!File.Exists(path))
        {
            return CassetteOpening.Refused(StatusCodes.Status404NotFound, $"no cassette \"{fileName}\" in {Directory}");
        }

        try
        {
            return CassetteOpening.Opened(Read(path));
        }
        catch (InvalidCassetteException ex)
        {
            return CassetteOpening.Refused(StatusCodes.Status422UnprocessableEntity, $"cassette \"{fileName}\" {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return CassetteOpening.Refused(StatusCodes.Status500InternalServerError, $"cassette \"{fileName}\" in {Directory} could not be read: {ex.Message}");
        }
    }

    private Cassette Read(string path)
    {
        var reading = _read.GetOrAdd(path, p => new Lazy<Cassette>(() => CassetteFile.Read(p)));
        try
        {
            return reading.Value;
        }
        catch (Exception ex) when (ex is not InvalidCassetteException)
        {
            _read.TryRemove(KeyValuePair.Create(path, reading));
            throw;
        }
    }
}
