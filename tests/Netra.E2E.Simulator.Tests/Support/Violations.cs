namespace Netra.E2E.Simulator.Tests.Support;

/// <summary>Every broken fact of a sweep over many seeds, reported at once with the text that broke it.</summary>
public sealed class Violations
{
    private readonly List<string> _found = [];

    public void Check(bool holds, int seed, string fact, string text)
    {
        if (!holds && _found.Count < 20)
        {
            _found.Add($"seed {seed}: {fact}\n---\n{text}\n---");
        }
    }

    public void ShouldBeNone() => _found.Should().BeEmpty("every faithful wording keeps every fact");
}
