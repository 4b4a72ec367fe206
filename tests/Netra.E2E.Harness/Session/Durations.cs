namespace Netra.E2E.Harness.Session;

/// <summary>Durations as failure messages write them: "1.5 s", "300 ms".</summary>
public static class Durations
{
    public static string Text(TimeSpan span) => span.TotalSeconds >= 1 ? $"{span.TotalSeconds:0.#} s" : $"{span.TotalMilliseconds:0} ms";
}
