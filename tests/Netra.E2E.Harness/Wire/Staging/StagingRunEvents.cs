using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Netra.E2E.Harness.Wire.Messages;

namespace Netra.E2E.Harness.Wire.Staging;

/// <summary>
/// The deployed backend's agent events, read into the protocol's fields whichever name its emitters use: thought or
/// reasoning, tool_name or tool, result, result_summary or the emitter's metadata, final_response, execution_time_ms,
/// string steps. A name other than the contract's is noted; a field missing under every name is a problem.
/// </summary>
internal static partial class StagingRunEvents
{
    public static NetraEvent? Read(StagingFrame f, NetraEvent read)
    {
        if (!EventNames.RunEvents.Contains(f.Type) || f.Type == EventNames.Error)
        {
            return null;
        }

        var notes = new List<string>(read.Notes);
        var problems = new List<FieldProblem>(read.Problems);
        var agent = f.String("agent_name");
        var tool = Named(f, notes, "tool_name", "tool");
        var thought = Named(f, notes, "thought", "reasoning");
        var result = ResultOf(f, notes);
        var e = read with
        {
            AgentName = agent,
            ParentAgent = f.String("parent_agent"),
            ToolName = tool,
            Thought = thought,
            StepNumber = StepOf(f, notes),
            TotalSteps = f.Find("total_steps") is { ValueKind: JsonValueKind.Number } total && total.TryGetInt64(out var t) ? t : null,
            DurationMs = DurationOf(f, notes),
            ToolResult = f.Type == EventNames.ToolCompleted ? Json.ResultText(result) : null,
            Answer = f.Type == EventNames.AgentCompleted ? AnswerReader.Read(result) : null,
        };

        Require(problems, f.Type is EventNames.AgentStarted or EventNames.SubagentStarted or EventNames.SubagentCompleted, "agent_name", agent);
        if (f.Type == EventNames.AgentCompleted && agent is null)
        {
            notes.Add("no agent_name (the fallback handler's completion)");
        }

        if (read.RunId is null)
        {
            notes.Add("no run_id (the fallback handler's events)");
        }
        Require(problems, f.Type == EventNames.AgentThinking, "thought", thought);
        Require(problems, f.Type is EventNames.ToolExecuting or EventNames.ToolCompleted, "tool_name", tool);
        if (f.Type is EventNames.ToolCompleted or EventNames.AgentCompleted && Json.ResultText(result) is null)
        {
            problems.Add(new("result", "is required but missing"));
        }

        if (f.Type == EventNames.AgentThinking && e.TotalSteps is null)
        {
            notes.Add("no total_steps");
        }

        return e with { Notes = notes, Problems = problems };
    }

    private static string? Named(StagingFrame f, List<string> notes, string contractName, params string[] otherNames)
    {
        if (f.String(contractName) is { } value)
        {
            return value;
        }

        var other = otherNames.Select(n => (Name: n, Value: f.String(n))).FirstOrDefault(o => o.Value is not null);
        if (other.Value is not null)
        {
            notes.Add($"{other.Name} for {contractName}");
        }

        return other.Value;
    }

    /// <summary>A tool's or a run's result: "result", "result_summary", "final_response", or the emitter's metadata itself.</summary>
    private static JsonElement? ResultOf(StagingFrame f, List<string> notes)
    {
        if (f.Find("result") is { } result)
        {
            return result;
        }

        if (f.First("result_summary", "final_response", "response") is var (name, value))
        {
            notes.Add($"{name} for result");
            return value;
        }

        if (f.Type == EventNames.AgentCompleted && f.Form == "emitter" && f.Find("metadata") is { ValueKind: JsonValueKind.Object } metadata)
        {
            notes.Add("the result as the emitter's metadata");
            return metadata;
        }

        return null;
    }

    private static long? StepOf(StagingFrame f, List<string> notes)
    {
        var step = f.First("step_number", "step");
        if (step is not var (name, value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String && Digits().Match(value.GetString() ?? "") is { Success: true } digits)
        {
            notes.Add($"{name} as a string ('step_<n>')");
            return long.Parse(digits.Value, CultureInfo.InvariantCulture);
        }

        return null;
    }

    private static double? DurationOf(StagingFrame f, List<string> notes)
    {
        if (f.Find("duration_ms") is { ValueKind: JsonValueKind.Number } duration)
        {
            return duration.GetDouble();
        }

        if (f.Find("execution_time_ms") is { ValueKind: JsonValueKind.Number } execution)
        {
            if (f.Type == EventNames.AgentCompleted)
            {
                notes.Add("execution_time_ms for duration_ms");
            }

            return execution.GetDouble();
        }

        if (f.Type == EventNames.AgentCompleted)
        {
            notes.Add("no duration_ms");
        }

        return null;
    }

    private static void Require(List<FieldProblem> problems, bool applies, string field, string? value)
    {
        if (applies && string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(field, "is required but missing"));
        }
    }


    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
