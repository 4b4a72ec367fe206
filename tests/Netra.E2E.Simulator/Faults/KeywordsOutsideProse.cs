using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Runs;
using Netra.E2E.Simulator.Wording;

namespace Netra.E2E.Simulator.Faults;

/// <summary>
/// KeywordsOutsideProse: the answer keeps its figures but its prose loses every indicator word, and no recommendation
/// is listed; the words live on only where no reader looks: tool names (run as tools of the run) and metric keys.
/// </summary>
public sealed class KeywordsOutsideProse(IRunPlanner inner) : IRunPlanner
{
    public static readonly IReadOnlyList<string> Tools = ["forecast_engine", "capacity_planner", "savings_calculator"];
    public const string AnomalyMetric = "anomaly_score";
    public const string SavingsMetric = "savings_total";

    public RunPlan? Plan(RunInput input)
    {
        if (inner.Plan(input) is not { } plan)
        {
            return null;
        }

        var events = new List<ServerMessage>();
        foreach (var e in plan.Events)
        {
            if (e is AgentCompleted completed)
            {
                var missing = Tools.Except(completed.ToolsUsed).ToArray();
                foreach (var tool in missing)
                {
                    events.Add(new ToolExecuting(completed.Run, completed.AgentName, tool, "Internal step"));
                    events.Add(new ToolCompleted(completed.Run, completed.AgentName, tool, new ToolResult { ["status"] = "done" }));
                }

                events.Add(completed with { Answer = Rewrite(plan.Facts, completed.Answer), ToolsUsed = [.. completed.ToolsUsed, .. missing] });
            }
            else
            {
                events.Add(e);
            }
        }

        return plan with { Events = events };
    }

    private static AgentAnswer Rewrite(AnswerFacts facts, AgentAnswer answer)
    {
        var metrics = new Dictionary<string, double>(answer.Metrics)
        {
            [AnomalyMetric] = 0.12,
            [SavingsMetric] = (double)(facts switch
            {
                CostFacts c => c.Savings,
                CoordinatedFacts c => c.Optimization.Savings,
                _ => 0m,
            }),
        };
        return KeywordFreeProse.Sections(facts) is { } sections
            ? new AgentAnswer(string.Join("\n", sections.Select(s => s.Text)), [], metrics) { Sections = sections }
            : answer with { Recommendations = [], Metrics = metrics };
    }
}
