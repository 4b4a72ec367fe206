using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Runs;
using Netra.E2E.Simulator.Wording;

namespace Netra.E2E.Simulator.Faults;

/// <summary>A fault that rewrites the words of the run's answer; the events around it and what the thread remembers stay.</summary>
public abstract class AnswerFault(IRunPlanner inner) : IRunPlanner
{
    public RunPlan? Plan(RunInput input) => inner.Plan(input) is { } plan
        ? plan with { Events = plan.Events.Select(e => e is AgentCompleted c ? c with { Answer = Rewrite(input, plan.Facts, c.Answer) } : e).ToList() }
        : null;

    protected abstract AgentAnswer Rewrite(RunInput input, AnswerFacts facts, AgentAnswer answer);

    protected static AgentAnswer Only(string text) => new(text, [], new Dictionary<string, double>()) { Sections = [new("Answer", text)] };
}

/// <summary>GenericAnswer: the same words for every question, naming no provider and no figure.</summary>
public sealed class GenericAnswer(IRunPlanner inner) : AnswerFault(inner)
{
    public const string Text =
        "Thank you for your question. Based on our analysis, there are several opportunities to optimize your infrastructure. " +
        "We recommend reviewing resource utilization, considering reserved capacity for steady workloads, and implementing monitoring " +
        "to improve cost efficiency and performance over time.";

    public static readonly IReadOnlyList<Recommendation> Recommendations =
    [
        new("Review resource utilization", "Identify underused resources and adjust their size.", Priority: "high"),
        new("Consider reserved capacity", "Commit steady workloads to discounted capacity.", Priority: "medium"),
        new("Implement monitoring", "Track usage and spending continuously.", Priority: "low"),
    ];

    protected override AgentAnswer Rewrite(RunInput input, AnswerFacts facts, AgentAnswer answer) => Only(Text) with { Recommendations = Recommendations };
}

/// <summary>EchoTemplate: 27 words that repeat the question's provider and spend, with nothing of their own.</summary>
public sealed class EchoTemplate(IRunPlanner inner) : AnswerFault(inner)
{
    public static string Text(RequestProfile profile) =>
        $"Here is your {profile.Provider.Name} optimization: with your spend of {Money.Usd(Money.SpendOf(profile).Spend)} we recommend reviewing your " +
        "resources and considering savings opportunities across services to improve both cost and performance.";

    protected override AgentAnswer Rewrite(RunInput input, AnswerFacts facts, AgentAnswer answer) => Only(Text(input.Profile));
}

/// <summary>LeakPreviousCallersSpend: the answer also names the spend that the latest other caller stated.</summary>
public sealed class LeakPreviousSpend(IRunPlanner inner, StatedSpends spends) : AnswerFault(inner)
{
    public static string Note(decimal spend) => $"(for comparison, another account spends {Money.Usd(spend)})";

    protected override AgentAnswer Rewrite(RunInput input, AnswerFacts facts, AgentAnswer answer)
    {
        if (input.Run.UserId is not { } user || spends.LatestNotBy(user) is not { } spend)
        {
            return answer;
        }

        var note = Note(spend);
        return answer with
        {
            Content = answer.Content + "\n" + note,
            Sections = answer.Sections.Count > 0 ? [.. answer.Sections, new("Comparison", note)] : [],
        };
    }
}

/// <summary>ForgetThreadQuietly, its second half: the answer to a follow-up leaves its recommendations' optional saving out.</summary>
public sealed class OmitFollowUpSavings(IRunPlanner inner) : AnswerFault(inner)
{
    protected override AgentAnswer Rewrite(RunInput input, AnswerFacts facts, AgentAnswer answer) =>
        input.Profile.FollowUp == FollowUpKind.None || input.History.Count == 0
            ? answer
            : answer with { Recommendations = answer.Recommendations.Select(r => r with { EstimatedMonthlySavingsUsd = null }).ToArray() };
}

/// <summary>NaNSavings: every savings figure reads "$NaN", the recommendations carry no saving, the metrics none either.</summary>
public sealed class NaNSavings(IRunPlanner inner) : AnswerFault(inner)
{
    protected override AgentAnswer Rewrite(RunInput input, AnswerFacts facts, AgentAnswer answer)
    {
        var figures = SavingsFigures.Of(facts);
        return new AgentAnswer(
            figures.WriteAsNaN(answer.Content),
            answer.Recommendations.Select(r => r with { EstimatedMonthlySavingsUsd = null }).ToArray(),
            answer.Metrics.Where(m => !SavingsFigures.IsSavingsMetric(m.Key)).ToDictionary(m => m.Key, m => m.Value))
        {
            Sections = answer.Sections.Select(s => s with { Text = figures.WriteAsNaN(s.Text) }).ToArray(),
        };
    }
}
