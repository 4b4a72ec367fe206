namespace Netra.E2E.Simulator.Wording.Paraphrased;

/// <summary>The seeded choices of one answer: the same seed and run number always make the same choices, in order.</summary>
public sealed class Phrasing(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>The seed of one run: the writer's seed mixed with the run's number, so every run words differently.</summary>
    public static int SeedOf(int writerSeed, int run) => unchecked((int)(((uint)writerSeed * 2654435761u) ^ ((uint)run * 2246822519u) ^ 0x5bd1e995u));

    public T Pick<T>(params T[] options) => options[_random.Next(options.Length)];

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public IReadOnlyList<T> Shuffle<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }
}
