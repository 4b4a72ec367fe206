using System.Text.Json.Nodes;
using Netra.E2E.Simulator.Wording;

namespace Netra.E2E.Simulator.Dialects.Contract;

/// <summary>agent_completed.result in the contract: content, recommendations, metrics, tools_used.</summary>
public static class ContractResults
{
    public static JsonObject Of(AgentAnswer answer, IEnumerable<string> toolsUsed) => new()
    {
        ["content"] = answer.Content,
        ["recommendations"] = AnswerJson.Recommendations(answer.Recommendations),
        ["metrics"] = AnswerJson.Metrics(answer.Metrics),
        ["tools_used"] = AnswerJson.Strings(toolsUsed),
    };
}
