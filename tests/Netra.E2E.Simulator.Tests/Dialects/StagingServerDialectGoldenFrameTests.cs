using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Auth;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Dialects.Staging;
using Netra.E2E.Simulator.Hosting;
using Netra.E2E.Simulator.Wording;

namespace Netra.E2E.Simulator.Tests.Dialects;

/// <summary>
/// The staging dialect's golden frames: the deployed backend as netra-protocol.md section 8 records it. Server rows here,
/// client rows in the other part of this class.
/// </summary>
public sealed partial class StagingServerDialectGoldenFrameTests
    : ServerDialectGoldenFrameTests<StagingServerDialectGoldenFrameTests>, IGoldenFrameTable
{
    private const string Epoch = "1757403398.53571";
    private const string Envelope = "\"timestamp\":" + Epoch + ",\"server_id\":\"netra-backend-simulator\",\"correlation_id\":\"corr_1\"}";
    private const string Emitted = "\"timestamp\":\"2025-09-09T07:36:38.535710\",\"critical\":true,\"user_context\":{\"user_id\":\"e2e-user\",\"request_id\":\"req_49d27da8\"}}";
    private const string RunIds = "\"timestamp\":" + Epoch + ",\"run_id\":\"run_7\",\"thread_id\":\"thread_3\",\"request_id\":\"req_49d27da8\"}";
    private const string Bridged = "\"run_id\":\"run_7\",\"agent_name\":\"optimization_agent\",\"thread_id\":\"thread_3\",\"timestamp\":\"2025-09-09T07:36:38.535710Z\"";
    private static readonly RunScope Run = new("run_7", "thread_3", "e2e-user");

    public static IServerDialect CreateDialect(TimeProvider time, IIdSource ids) => new StagingDialect(time, ids);

    public static IReadOnlyList<ServerFrameRow> ServerFrames { get; } =
    [
        new("welcome: system_message announcing the connection", new Welcome("conn_1", "e2e-user", Now),
            $$$"""{"type":"system_message","data":{"event":"connection_established","connection_id":"conn_1","user_id":"e2e-user","server_time":"2025-09-09T07:36:38.535710+00:00","connection_ready":true,"environment":"staging","startup_complete":true,"config":{"heartbeat_interval":25,"max_message_size":8192},"factory_pattern_enabled":true},{{{Envelope}}}"""),
        new("server ping", new ServerPing(), """{"type":"ping","data":{"timestamp":""" + Epoch + "}," + Envelope),
        new("pong names the user, never the ping's id", new Pong("ping_42", "e2e-user"),
            $$$"""{"type":"pong","data":{"timestamp":{{{Epoch}}},"user_id":"e2e-user"},{{{Envelope}}}"""),
        new("heartbeat_ack", new HeartbeatAck(), $$$"""{"type":"heartbeat_ack","data":{"timestamp":{{{Epoch}}},"status":"healthy"},{{{Envelope}}}"""),
        new("ack of an unhandled type", new Acknowledgement("message_created", "e2e-user"),
            $$$"""{"type":"ack","received_type":"message_created","timestamp":{{{Epoch}}},"user_id":"e2e-user","status":"acknowledged"}"""),
        new("ack of a frame without type", new Acknowledgement("unknown", "e2e-user"),
            $$$"""{"type":"ack","received_type":"unknown","timestamp":{{{Epoch}}},"user_id":"e2e-user","status":"acknowledged"}"""),
        new("error_message FORMAT_ERROR for bad JSON", new ErrorMessage(ErrorCode.InvalidMessage, "Invalid JSON format: 'n' is an invalid start of a value."),
            $$$"""{"type":"error_message","error_code":"FORMAT_ERROR","error_message":"Invalid JSON format: 'n' is an invalid start of a value.","details":{},"timestamp":{{{Epoch}}},"recovery_suggestions":null}"""),
        new("error_message NO_TOKEN", new AuthenticationFailed(TokenProblem.Missing, "no token was provided"),
            $$$"""{"type":"error_message","error_code":"NO_TOKEN","error_message":"WebSocket authentication failed","details":{"reason":"no token was provided","environment":"staging"},"timestamp":{{{Epoch}}},"recovery_suggestions":null}"""),
        new("error_message INVALID_FORMAT", new AuthenticationFailed(TokenProblem.Malformed, "the token is not a well-formed JWT"),
            $$$"""{"type":"error_message","error_code":"INVALID_FORMAT","error_message":"WebSocket authentication failed","details":{"reason":"the token is not a well-formed JWT","environment":"staging"},"timestamp":{{{Epoch}}},"recovery_suggestions":null}"""),
        new("error_message VALIDATION_FAILED", new AuthenticationFailed(TokenProblem.Invalid, "the token has expired"),
            $$$"""{"type":"error_message","error_code":"VALIDATION_FAILED","error_message":"WebSocket authentication failed","details":{"reason":"the token has expired","environment":"staging"},"timestamp":{{{Epoch}}},"recovery_suggestions":null}"""),
        new("error_message VALIDATION_FAILED without the chat permission", new AuthenticationFailed(TokenProblem.NotPermitted, "the token lacks the \"chat\" permission"),
            $$$"""{"type":"error_message","error_code":"VALIDATION_FAILED","error_message":"WebSocket authentication failed","details":{"reason":"the token lacks the \"chat\" permission","environment":"staging"},"timestamp":{{{Epoch}}},"recovery_suggestions":null}"""),
        new("a run's failure: the bridge's agent_error with the run id", new ErrorMessage(ErrorCode.InternalError, "The agent failed.", Run),
            """{"type":"agent_error","run_id":"run_7","agent_name":"supervisor_agent","thread_id":"thread_3","timestamp":"2025-09-09T07:36:38.535710Z","payload":{"error_message":"The agent failed.","error_type":"INTERNAL_ERROR","recoverable":false,"error_context":{"error_code":"INTERNAL_ERROR","run_id":"run_7"}}}"""),
        new("emitter agent_started", new AgentStarted(Run, "supervisor_agent"),
            $$$"""{"type":"agent_started","data":{"agent_name":"supervisor_agent","metadata":{},"status":"started",{{{RunIds}}},{{{Emitted}}}"""),
        new("emitter agent_thinking", new AgentThinking(Run, "supervisor_agent", "Reading the request.", 1, 4),
            $$$"""{"type":"agent_thinking","data":{"thought":"Reading the request.","metadata":{"step_number":1,"agent_name":"supervisor_agent"},"type":"reasoning",{{{RunIds}}},{{{Emitted}}}"""),
        new("emitter tool_executing", new ToolExecuting(Run, "supervisor_agent", "data_helper", "Gather the context"),
            $$$"""{"type":"tool_executing","data":{"tool":"data_helper","metadata":{"parameters":{"purpose":"Gather the context"}},"status":"executing",{{{RunIds}}},{{{Emitted}}}"""),
        new("emitter tool_completed", new ToolCompleted(Run, "supervisor_agent", "data_helper", new ToolResult { ["provider"] = "AWS", ["earlier_turns"] = 0 }),
            $$$"""{"type":"tool_completed","data":{"tool":"data_helper","metadata":{"result":{"provider":"AWS","earlier_turns":0}},"status":"completed",{{{RunIds}}},{{{Emitted}}}"""),
        new("emitter agent_completed: the result with its sections", new AgentCompleted(Run, "supervisor_agent", 1234, Answer, ["data_helper", "cost_explorer"]),
            """{"type":"agent_completed","data":{"agent_name":"supervisor_agent","metadata":{""" + ResultJson + ""","execution_time_ms":1234},"status":"completed",""" + RunIds + "," + Emitted),
        new("emitter agent_completed: a long content is cut, the sections keep it", new AgentCompleted(Run, "supervisor_agent", 0, LongAnswer, []),
            $$$"""{"type":"agent_completed","data":{"agent_name":"supervisor_agent","metadata":{"content":"{{{new string('a', 997)}}}...","sections":[{"heading":"Answer","text":"{{{new string('a', 1200)}}}"}],"recommendations":[],"metrics":{},"tools_used":[],"execution_time_ms":0},"status":"completed",{{{RunIds}}},{{{Emitted}}}"""),
        new("emitter event naming no thread", new ToolCompleted(Run, "supervisor_agent", "ghost_tool", new ToolResult()) { ThreadId = null },
            $$$"""{"type":"tool_completed","data":{"tool":"ghost_tool","metadata":{"result":{}},"status":"completed","timestamp":{{{Epoch}}},"run_id":"run_7","request_id":"req_49d27da8"},{{{Emitted}}}"""),
        new("emitter timestamp set by the run, written in UTC without a zone", new AgentStarted(Run, "supervisor_agent") { Timestamp = new DateTimeOffset(2025, 9, 9, 9, 36, 8, TimeSpan.FromHours(2)) },
            """{"type":"agent_started","data":{"agent_name":"supervisor_agent","metadata":{},"status":"started","timestamp":1757403368,"run_id":"run_7","thread_id":"thread_3","request_id":"req_49d27da8"},"timestamp":"2025-09-09T07:36:08.000000","critical":true,"user_context":{"user_id":"e2e-user","request_id":"req_49d27da8"}}"""),
        new("bridge agent_started of a sub-agent", new SubagentStarted(Run, "optimization_agent", "supervisor_agent"),
            $$$"""{"type":"agent_started",{{{Bridged}}},"payload":{"status":"started","message":"optimization_agent started"}}"""),
        new("bridge agent_thinking", new AgentThinking(Run, "optimization_agent", "Comparing pricing options.", 3, 4) { BySubagent = true },
            $$$"""{"type":"agent_thinking",{{{Bridged}}},"payload":{"reasoning":"Comparing pricing options.","step":"step_3","progress_percentage":75}}"""),
        new("bridge tool_executing", new ToolExecuting(Run, "optimization_agent", "cost_explorer", "Break down spend by service") { BySubagent = true },
            $$$"""{"type":"tool_executing",{{{Bridged}}},"payload":{"tool_name":"cost_explorer","tool_input":{"purpose":"Break down spend by service"},"status":"executing"}}"""),
        new("bridge tool_completed", new ToolCompleted(Run, "optimization_agent", "cost_explorer", new ToolResult { ["monthly_spend_usd"] = 25_000m, ["charts"] = new[] { "line chart", "heatmap" }, ["found"] = false }) { BySubagent = true },
            $$$"""{"type":"tool_completed",{{{Bridged}}},"payload":{"tool_name":"cost_explorer","success":true,"result_summary":"cost_explorer completed: monthly spend usd 25000, charts line chart; heatmap, found no"}}"""),
        new("bridge agent_completed of a sub-agent", new SubagentCompleted(Run, "optimization_agent", "supervisor_agent", new ToolResult { ["recommendations"] = 3 }) { DurationMs = 42 },
            $$$"""{"type":"agent_completed",{{{Bridged}}},"payload":{"status":"completed","result":{"recommendations":3},"execution_time_ms":42}}"""),
        new("fault: emitter agent_thinking stating a step beyond its total", new AgentThinking(Run, "supervisor_agent", "Reading the request.", 99, 1) { StatesTotal = true },
            $$$"""{"type":"agent_thinking","data":{"thought":"Reading the request.","metadata":{"step_number":99,"agent_name":"supervisor_agent","total_steps":1},"type":"reasoning",{{{RunIds}}},{{{Emitted}}}"""),
        new("fault: error_message CONNECTION_ERROR", new ErrorMessage(ErrorCode.ConnectionError, "maximum recursion depth exceeded"),
            $$$"""{"type":"error_message","error_code":"CONNECTION_ERROR","error_message":"maximum recursion depth exceeded","details":{},"timestamp":{{{Epoch}}},"recovery_suggestions":null}"""),
        new("fault: a refusal echoing the credential", new AuthenticationFailed(TokenProblem.Invalid, "the token's signature is invalid")
            {
                Echo = new CredentialEcho("eyJhbGciOiJI", "abcdefgh", "Bearer eyJhbGciOiJIU", "http://netra-auth-service:8081", 52344),
            },
            $$$"""{"type":"error_message","error_code":"VALIDATION_FAILED","error_message":"WebSocket authentication failed","details":{"reason":"the token's signature is invalid","environment":"staging","token_preview_start":"eyJhbGciOiJI","token_preview_end":"abcdefgh","authorization_header_preview":"Bearer eyJhbGciOiJIU","auth_service_url":"http://netra-auth-service:8081","client_port":52344},"timestamp":{{{Epoch}}},"recovery_suggestions":null}"""),
        new("fault: status_update with another user's thread", new ThreadSnapshot("thread_9", "Loaded thread thread_9: Right-size EC2 ($2,250/month); monthly spend $27,300.",
                [new Recommendation("Right-size EC2", "Idle.", 2_250m)], 27_300m),
            $$$"""{"type":"status_update","data":{"status":"thread_loaded","thread_id":"thread_9","message":"Loaded thread thread_9: Right-size EC2 ($2,250/month); monthly spend $27,300.","recommendations":[{"title":"Right-size EC2","detail":"Idle.","estimated_monthly_savings_usd":2250}],"monthly_spend_usd":27300},{{{Envelope}}}"""),
        new("fault: truncated frame", new TruncatedFrame(), """{"type": "agent_thinking", "data": {"""),
        new("fault: oversized frame", new OversizedFrame(12), """{"type":"agent_thinking","data":{"thought":"xxxxxxxxxxxx"}}"""),
        new("fault: misnamed agent_completed", new MisnamedEvent(new AgentCompleted(Run, "supervisor_agent", 0, AgentAnswer.Empty, [])),
            $$$"""{"type":"agent_complete","data":{"agent_name":"supervisor_agent","metadata":{"content":"Request processed.","sections":[{"heading":"Answer","text":"Request processed."}],"recommendations":[],"metrics":{},"tools_used":[],"execution_time_ms":0},"status":"completed",{{{RunIds}}},{{{Emitted}}}"""),
    ];

    private static AgentAnswer Answer => new(
        "Cost analysis for your AWS environment: current monthly spend is $25,000, as you stated.\n1. Right-size EC2: today's instances idle.",
        [new Recommendation("Right-size over-provisioned EC2 instances", "Several EC2 instances average under 30% CPU.", 2_250m, "high")],
        new Dictionary<string, double> { ["current_monthly_cost_usd"] = 25_000, ["savings_percent"] = 19.996 })
    {
        Sections =
        [
            new("Summary", "Cost analysis for your AWS environment: current monthly spend is $25,000, as you stated."),
            new("Recommendations", "1. Right-size EC2: today's instances idle."),
        ],
    };

    private const string ResultJson =
        """
        "content":"Cost analysis for your AWS environment: current monthly spend is $25,000, as you stated.\n1. Right-size EC2: today's instances idle.","sections":[{"heading":"Summary","text":"Cost analysis for your AWS environment: current monthly spend is $25,000, as you stated."},{"heading":"Recommendations","text":"1. Right-size EC2: today's instances idle."}],"recommendations":[{"title":"Right-size over-provisioned EC2 instances","detail":"Several EC2 instances average under 30% CPU.","estimated_monthly_savings_usd":2250,"priority":"high"}],"metrics":{"current_monthly_cost_usd":25000,"savings_percent":20},"tools_used":["data_helper","cost_explorer"]
        """;

    private static AgentAnswer LongAnswer => new(new string('a', 1200), [], new Dictionary<string, double>());
}
