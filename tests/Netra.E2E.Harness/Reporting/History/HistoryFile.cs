using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Netra.E2E.Harness.Reporting.History;

/// <summary>
/// The history of runs: a JSON-lines file (NETRA_E2E_HISTORY), one line appended per run, read back for the chart.
/// A line that does not read as a run is counted and skipped, never fatal.
/// </summary>
public static class HistoryFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Line(HistoryEntry entry) => JsonSerializer.Serialize(entry, Json);

    /// <summary>Appends the run as one line, creating the file and its folder if needed.</summary>
    public static void Append(string path, HistoryEntry entry)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        // One write of a whole line, so runs that end together never interleave within a line.
        using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        var bytes = Encoding.UTF8.GetBytes(Line(entry) + "\n");
        file.Write(bytes);
    }

    /// <summary>The last runs in the file, oldest first, and how many lines could not be read.</summary>
    public static (IReadOnlyList<HistoryEntry> Runs, int Unreadable) ReadLast(string path, int count)
    {
        if (!File.Exists(path))
        {
            return ([], 0);
        }

        var runs = new List<HistoryEntry>();
        var unreadable = 0;
        foreach (var line in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            if (Read(line) is { } entry)
            {
                runs.Add(entry);
            }
            else
            {
                unreadable++;
            }
        }

        return (runs.TakeLast(count).ToArray(), unreadable);
    }

    private static HistoryEntry? Read(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<HistoryEntry>(line, Json) is { Mode.Length: > 0 } entry ? entry : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
