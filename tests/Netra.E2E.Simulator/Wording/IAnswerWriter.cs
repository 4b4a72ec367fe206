using Netra.E2E.Simulator.Agents;

namespace Netra.E2E.Simulator.Wording;

/// <summary>How answers are worded (Simulator:AnswerStyle).</summary>
public enum AnswerStyle
{
    /// <summary>The same words for the same facts, every run.</summary>
    Templated,

    /// <summary>Seeded, run-to-run varied wording of the same facts, as a language model writes.</summary>
    Paraphrased,
}

/// <summary>Turns an agent's facts into the answer's words; agents never write prose themselves.</summary>
public interface IAnswerWriter
{
    /// <summary>Writes one run's answer; a paraphrasing writer words each call differently.</summary>
    AgentAnswer Write(AnswerFacts facts);
}
