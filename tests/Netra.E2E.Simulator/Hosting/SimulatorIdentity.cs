using System.Text.Json.Nodes;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Wording;

namespace Netra.E2E.Simulator.Hosting;

/// <summary>What this simulator is, settled once at start-up: logged in one line and reported in every health body.</summary>
public sealed record SimulatorIdentity(DialectName Dialect, AnswerStyle AnswerStyle, int Seed)
{
    /// <summary>The configured choices; without a configured seed, a random one, so that a run can still be reproduced from its report.</summary>
    public static SimulatorIdentity From(SimulatorOptions options) =>
        new(options.Dialect, options.AnswerStyle, options.Seed ?? Random.Shared.Next(1, int.MaxValue));

    public IAnswerWriter Writer() => AnswerWriters.Create(AnswerStyle, Seed);

    public JsonObject ToJson() => new()
    {
        ["dialect"] = Dialect.ToString().ToLowerInvariant(),
        ["answer_style"] = AnswerStyle.ToString().ToLowerInvariant(),
        ["seed"] = Seed,
    };

    public override string ToString() =>
        $"dialect {Dialect.ToString().ToLowerInvariant()}, answer style {AnswerStyle.ToString().ToLowerInvariant()}, seed {Seed}";
}
