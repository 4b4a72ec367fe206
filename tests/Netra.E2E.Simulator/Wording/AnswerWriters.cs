using Netra.E2E.Simulator.Wording.Paraphrased;
using Netra.E2E.Simulator.Wording.Templated;

namespace Netra.E2E.Simulator.Wording;

public static class AnswerWriters
{
    /// <summary>The only place that chooses between answer styles; everything else gets the chosen writer injected.</summary>
    public static IAnswerWriter Create(AnswerStyle style, int seed) => style switch
    {
        AnswerStyle.Templated => new TemplatedWriter(),
        AnswerStyle.Paraphrased => new ParaphrasedWriter(seed),
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, "No such answer style."),
    };
}
