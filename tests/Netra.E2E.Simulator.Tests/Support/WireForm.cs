using System.Text.Json.Nodes;

namespace Netra.E2E.Simulator.Tests.Support;

/// <summary>
/// What a fault test reads from a frame, in the form of the dialect under test, so one test proves a fault in both
/// dialects: the greeting, the run's end, its id, an error's code, the result's prose, fields and duration.
/// </summary>
public abstract class WireForm
{
    public static readonly WireForm Contract = new ContractForm();
    public static readonly WireForm Staging = new StagingForm();

    public static TheoryData<string> Dialects => new("contract", "staging");

    /// <summary>Each dialect with each answer style.</summary>
    public static TheoryData<string, string> DialectsAndStyles => new()
    {
        { "contract", "templated" }, { "contract", "paraphrased" }, { "staging", "templated" }, { "staging", "paraphrased" },
    };

    public static WireForm Of(string dialect) => dialect == "staging" ? Staging : Contract;

    public abstract string Name { get; }

    public SimulatorHost Host(string style = "templated", IReadOnlyDictionary<string, string?>? settings = null) => new(
        new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Simulator:Dialect"] = Name,
            ["Simulator:AnswerStyle"] = style,
            ["Simulator:Seed"] = "7",
        });

    /// <summary>Connects as this user, asking for these faults, and reads the whole greeting.</summary>
    public async Task<TestSocket> GreetedAsync(SimulatorHost host, string user, string? faults = null)
    {
        var socket = await host.ConnectAsync(user, faults);
        await ReadGreetingAsync(socket);
        return socket;
    }

    public abstract Task<JsonObject> ReadGreetingAsync(TestSocket socket);

    public static string? Type(JsonObject frame) => Text(frame["type"]);

    public abstract string? WelcomeUser(JsonObject welcome);

    /// <summary>The completion that ends the run (the supervisor's under staging).</summary>
    public abstract bool IsRunEnd(JsonObject frame);

    public abstract string? RunId(JsonObject frame);

    public abstract string? ThreadId(JsonObject frame);

    /// <summary>An error's code: of error (contract), error_message or agent_error (staging).</summary>
    public abstract string? ErrorCode(JsonObject frame);

    public abstract JsonObject Result(JsonObject completion);

    public abstract string Prose(JsonObject completion);

    public abstract long? DurationMs(JsonObject completion);

    /// <summary>A thinking event's step number and, when it states one, its total.</summary>
    public abstract (long? Step, long? Total) Step(JsonObject thinking);

    public abstract string? ToolName(JsonObject frame);

    protected static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    protected static long? Number(JsonNode? node) => node is JsonValue value && value.TryGetValue<long>(out var number) ? number : null;

    private sealed class ContractForm : WireForm
    {
        public override string Name => "contract";

        public override Task<JsonObject> ReadGreetingAsync(TestSocket socket) => socket.NextOfTypeAsync("connection_established");

        public override string? WelcomeUser(JsonObject welcome) => Text(welcome["payload"]?["user_id"]);

        public override bool IsRunEnd(JsonObject frame) => Type(frame) == "agent_completed";

        public override string? RunId(JsonObject frame) => Text(frame["run_id"]);

        public override string? ThreadId(JsonObject frame) => Text(frame["thread_id"]);

        public override string? ErrorCode(JsonObject frame) => Text(frame["payload"]?["code"]);

        public override JsonObject Result(JsonObject completion) => completion["payload"]!["result"]!.AsObject();

        public override string Prose(JsonObject completion) => Text(Result(completion)["content"]) ?? "";

        public override long? DurationMs(JsonObject completion) => Number(completion["payload"]?["duration_ms"]);

        public override (long? Step, long? Total) Step(JsonObject thinking) => (Number(thinking["payload"]?["step_number"]), Number(thinking["payload"]?["total_steps"]));

        public override string? ToolName(JsonObject frame) => Text(frame["payload"]?["tool_name"]);
    }

    private sealed class StagingForm : WireForm
    {
        public override string Name => "staging";

        public override async Task<JsonObject> ReadGreetingAsync(TestSocket socket)
        {
            var welcome = await socket.NextOfTypeAsync("system_message");
            await socket.NextOfTypeAsync("ping");
            return welcome;
        }

        public override string? WelcomeUser(JsonObject welcome) => Text(welcome["data"]?["user_id"]);

        public override bool IsRunEnd(JsonObject frame) => StagingFrames.IsRunEnd(frame);

        public override string? RunId(JsonObject frame) => StagingFrames.RunId(frame);

        public override string? ThreadId(JsonObject frame) => StagingFrames.ThreadId(frame);

        public override string? ErrorCode(JsonObject frame) => Text(frame["error_code"]) ?? Text(frame["payload"]?["error_type"]);

        public override JsonObject Result(JsonObject completion) => StagingFrames.Result(completion);

        public override string Prose(JsonObject completion) => StagingFrames.Prose(completion);

        public override long? DurationMs(JsonObject completion) => Number(Result(completion)["execution_time_ms"]);

        public override (long? Step, long? Total) Step(JsonObject thinking) =>
            (Number(thinking["data"]?["metadata"]?["step_number"]), Number(thinking["data"]?["metadata"]?["total_steps"]));

        public override string? ToolName(JsonObject frame) => Text(frame["data"]?["tool"]) ?? Text(frame["payload"]?["tool_name"]);
    }
}
