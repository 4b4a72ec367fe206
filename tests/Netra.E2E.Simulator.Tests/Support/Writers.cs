using Netra.E2E.Simulator.Wording;
using Netra.E2E.Simulator.Wording.Paraphrased;
using Netra.E2E.Simulator.Wording.Templated;

namespace Netra.E2E.Simulator.Tests.Support;

/// <summary>The templated writer and paraphrased writers over many seeds: what a wording-proof fault test sweeps.</summary>
public static class Writers
{
    public static IEnumerable<(string Name, IAnswerWriter Writer)> All(int seeds = 40) =>
        Enumerable.Range(1, seeds).Select(seed => ($"paraphrased seed {seed}", (IAnswerWriter)new ParaphrasedWriter(seed)))
            .Prepend(("templated", new TemplatedWriter()));
}
