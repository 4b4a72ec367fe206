using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Tests.Support;
using Netra.E2E.Simulator.Threads;
using Netra.E2E.Simulator.Wording.Templated;

namespace Netra.E2E.Simulator.Tests.Faults;

/// <summary>The faults that make an answer wrong, generic or leaky, in every wording: templated and paraphrased over many seeds.</summary>
public sealed class AnswerFaultTests
{
    private const string Opportunities = "What are my top 3 cost optimization opportunities?";
    private const string FollowUp = "Can you provide more details on the first opportunity?";

    [Fact]
    public void GenericAnswer_gives_the_same_words_whatever_was_asked_naming_no_provider_and_no_figure()
    {
        string[] questions = ["Optimize my AWS costs; we spend $25,000 a month", "Analyze GCP latency and throughput", FollowUp, "{\"invalid\": \"json\""];

        foreach (var (name, writer) in Writers.All(seeds: 5))
        {
            var answers = questions.Select(q => new FaultyPlan(SimulatorFault.GenericAnswer, q).Answer(writer)).ToList();

            answers.Select(a => a.Content).Distinct().Should().Equal([GenericAnswer.Text], name);
            answers.Should().OnlyContain(a => a.Recommendations.SequenceEqual(GenericAnswer.Recommendations), name);
        }

        ProseReader.ProvidersNamed(GenericAnswer.Text).Should().BeEmpty();
        ProseReader.Dollars(GenericAnswer.Text).Should().BeEmpty();
        ProseReader.Percents(GenericAnswer.Text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Optimize my AWS costs; we spend $25,000 a month", "{}", "Here is your AWS optimization: with your spend of $25,000 we recommend")]
    [InlineData("Reduce our Azure bill", """{"monthly_spend":18000}""", "Here is your Azure optimization: with your spend of $18,000 we recommend")]
    [InlineData("Cut costs", """{"monthly_spend":7000}""", "Here is your cloud optimization: with your spend of $7,000 we recommend")]
    public void EchoTemplate_answers_27_words_that_echo_the_provider_and_the_spend_and_nothing_else(string question, string parameters, string opening)
    {
        foreach (var (name, writer) in Writers.All(seeds: 5))
        {
            var answer = new FaultyPlan(SimulatorFault.EchoTemplate, question) { Parameters = parameters }.Answer(writer);

            answer.Content.Should().StartWith(opening, name);
            ProseReader.Words(answer.Content).Should().Be(27);
            answer.Recommendations.Should().BeEmpty();
            answer.Metrics.Should().BeEmpty();
            ProseReader.Dollars(answer.Content).Should().ContainSingle("no savings of its own");
        }
    }

    [Theory]
    [InlineData("Optimize my AWS costs", "Azure")]
    [InlineData("Optimize my Azure costs", "GCP")]
    [InlineData("Optimize my GCP costs", "AWS")]
    [InlineData("Optimize my cloud costs", "AWS")]
    [InlineData("Analyze the latency of my Azure services", "GCP")]
    public void WrongProvider_answers_about_the_next_provider_round(string question, string answered)
    {
        var violations = new Violations();
        foreach (var (name, writer) in Writers.All())
        {
            var text = new FaultyPlan(SimulatorFault.WrongProvider, question).Answer(writer).Content;

            violations.Check(ProseReader.ProvidersNamed(text).SequenceEqual([answered]), 0, $"{name}: names {answered} and only {answered}", text);
        }

        violations.ShouldBeNone();
    }

    [Fact]
    public void ForgetThreadQuietly_answers_a_follow_up_afresh_and_leaves_the_savings_out_of_the_recommendations()
    {
        var earlier = new FaultyPlan(SimulatorFault.None, Opportunities).Plan(new TemplatedWriter());
        List<ThreadTurn> history = [new(Opportunities, earlier.Facts)];

        foreach (var (name, writer) in Writers.All(seeds: 10))
        {
            var plan = new FaultyPlan(SimulatorFault.ForgetThreadQuietly, FollowUp) { History = history }.Plan(writer);
            var answer = plan.Events.OfType<AgentCompleted>().Single().Answer;

            plan.Facts.Should().BeOfType<CostFacts>(name + ": the follow-up is answered as a new question");
            answer.Recommendations.Should().NotContain(r => r.EstimatedMonthlySavingsUsd != null, name);
        }

        new FaultyPlan(SimulatorFault.None, FollowUp) { History = history }.Plan(new TemplatedWriter()).Facts.Should().BeOfType<OpportunityDetailsFacts>("without the fault the thread is remembered");
        new FaultyPlan(SimulatorFault.ForgetThreadQuietly, Opportunities).Answer(new TemplatedWriter()).Recommendations
            .Should().OnlyContain(r => r.EstimatedMonthlySavingsUsd > 0, "the first turn is answered as usual");
    }

    [Fact]
    public void LeakPreviousCallersSpend_names_the_latest_spend_another_user_stated()
    {
        var spends = new StatedSpends();
        var plan = new FaultyPlan(SimulatorFault.LeakPreviousCallersSpend, "Optimize my AWS costs; we spend $11,000 a month") { Spends = spends };
        spends.Record(FaultyPlan.Run.UserId!, 11_000m);

        plan.Answer(new TemplatedWriter()).Content.Should().NotContain("another account", "nobody else has stated a spend yet");

        spends.Record("someone-else", 27_300m);
        spends.Record(FaultyPlan.Run.UserId!, 11_000m);
        foreach (var (name, writer) in Writers.All(seeds: 5))
        {
            var answer = plan.Answer(writer);

            answer.Content.Should().EndWith("(for comparison, another account spends $27,300)", name);
            answer.Sections[^1].Text.Should().Be("(for comparison, another account spends $27,300)", name);
        }
    }
}
