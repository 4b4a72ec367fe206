namespace Netra.E2E.Harness.Tests.BusinessValue;

/// <summary>Runs as a dialect hands them to the business checks: the five mandatory events around an answer, or any events.</summary>
internal static class Runs
{
    public const string RunId = "run_1";

    /// <summary>A successful run whose agent_completed delivers this answer.</summary>
    public static RunTranscript Answering(string content, IReadOnlyList<Recommendation>? recommendations = null, IReadOnlyDictionary<string, double>? metrics = null) =>
        Answering(new AgentAnswer(content, recommendations ?? [], metrics ?? new Dictionary<string, double>(), ["cost_explorer"]));

    public static RunTranscript Answering(AgentAnswer answer) =>
        Of(Started(), Thinking("Reading the bills"), Thinking("Sizing the savings"), ToolExecuting("cost_explorer"), ToolCompleted("cost_explorer", """{"rows":12}"""), Completed(answer));

    public static RunTranscript Of(params NetraEvent[] events) => new(RunId, events, TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(200));

    public static NetraEvent Started() => Event(EventNames.AgentStarted);

    public static NetraEvent Thinking(string? thought) => Event(EventNames.AgentThinking) with { Thought = thought };

    public static NetraEvent ToolExecuting(string? tool) => Event(EventNames.ToolExecuting) with { ToolName = tool };

    public static NetraEvent ToolCompleted(string? tool, string? result) => Event(EventNames.ToolCompleted) with { ToolName = tool, ToolResult = result };

    public static NetraEvent Completed(AgentAnswer answer) => Event(EventNames.AgentCompleted) with { Answer = answer };

    public static NetraEvent Error(string code, string message) => Event(EventNames.Error) with { ErrorCode = code, ErrorMessage = message };

    public static NetraEvent Event(string type) => new() { Type = type, RunId = RunId, ThreadIds = ["thread_1"], AgentName = "cost_optimizer", Raw = $$"""{"type":"{{type}}"}""" };
}
