using static Netra.E2E.Harness.Tests.BusinessValue.Runs;

namespace Netra.E2E.Harness.Tests.BusinessValue;

/// <summary>
/// A saving the answer states itself: a positive dollar figure that a word of saving governs in its clause, or a
/// recommendation's saving, below the spend the user stated. A cost, an effort, a percentage or "$NaN" is no saving.
/// </summary>
public sealed class SavingsChecksTests
{
    [Theory]
    [InlineData("Rightsizing saves $1,080 a month.")]
    [InlineData("You could be saving about $900 each month.")]
    [InlineData("That is $900 of savings on the bill.")]
    [InlineData("That is $900 of saving, every month.")]
    [InlineData("We save $900 of the cost.")]
    [InlineData("Costs rise in winter, but we cut $450 from the bill.")]
    [InlineData("Costs rise but saving $450 a month is possible.")]
    [InlineData("The migration costs $2,600 once. It then saves $700 a month.")]
    [InlineData("Costs: $12,000 now; savings: $3,000.")]
    public void A_dollar_figure_a_word_of_saving_governs_is_a_saving(string answer)
    {
        Verdict.Passes(() => Answering(answer).Should().QuantifySavings());
    }

    [Theory]
    [InlineData("The migration costs roughly $2,600 once and saves $NaN.")]
    [InlineData("The savings plan costs $2,600 upfront.")]
    [InlineData("A $2,600 investment beside $NaN savings.")]
    [InlineData("$2,600 of effort before any savings.")]
    [InlineData("Savings come later, $2,600 is the effort now.")]
    [InlineData("Prices go lower but $2,600 is the effort.")]
    [InlineData("$2,600 upfront, then savings.")]
    [InlineData("That is $900 a month.")]
    [InlineData("Rightsizing saves 20% of the bill.")]
    [InlineData("Rightsizing saves $0 a month.")]
    [InlineData("We could not size the savings.")]
    [InlineData("You pay $3,000 for storage.")]
    public void A_figure_no_word_of_saving_governs_is_no_saving(string answer)
    {
        var failure = Verdict.FailsAsBusiness(() => Answering(answer).Should().QuantifySavings());

        failure.Message.Should().Contain("savings quantified in dollars");
    }

    [Fact]
    public void A_failure_says_when_the_answer_states_no_dollar_figure_at_all()
    {
        Verdict.FailsAsBusiness(() => Answering("Savings of $NaN.").Should().QuantifySavings()).Message.Should().Contain("none that parses");
    }

    [Fact]
    public void A_recommendations_saving_is_a_saving_without_any_in_the_prose()
    {
        var run = Answering("Three changes follow.", [new Recommendation("Rightsize", "Smaller instances", 900m, null)]);

        Verdict.Passes(() => run.Should().QuantifySavings());
    }

    [Fact]
    public void A_saving_must_be_below_the_spend_the_user_stated()
    {
        var echo = Answering("On your $25,000 spend you could be saving $25,000.");
        var above = Answering("On your $25,000 spend you could be saving $30,000.");
        var part = Answering("On your $25,000 spend you could be saving $2,500.");

        Verdict.FailsAsBusiness(() => echo.Should().QuantifySavings(25_000m)).Message.Should().Contain("$25,000");
        Verdict.FailsAsBusiness(() => above.Should().QuantifySavings(25_000m));
        Verdict.Passes(() => part.Should().QuantifySavings(25_000m));
        Verdict.Passes(() => above.Should().QuantifySavings());
    }

    [Fact]
    public void A_stated_dollar_amount_is_found_however_it_is_written()
    {
        var run = Answering("Your spend of USD 25k a month", [new Recommendation("Rightsize", "Saves 1,080 dollars", null, null)]);

        Verdict.Passes(() => run.Should().MentionDollarAmount(25_000m).And.MentionDollarAmount(1_080m).And.NotMentionDollarAmount(27_300m));
        Verdict.FailsAsBusiness(() => run.Should().MentionDollarAmount(27_300m)).Message.Should().Contain("$27,300").And.Contain("$25,000");
        Verdict.FailsAsBusiness(() => run.Should().NotMentionDollarAmount(25_000m)).Message.Should().Contain("not to state").And.Contain("$25,000");
    }

    [Theory]
    [InlineData("p95 latency went from 280 ms before to 190 ms after: 32% faster.")]
    [InlineData("Current throughput 40 rps -> optimized 52 rps, up 30 percent.")]
    [InlineData("Before: 280 ms. After: 190 ms, 32% lower.")]
    public void An_improvement_is_quantified_by_a_percentage_and_a_before_and_after(string answer)
    {
        Verdict.Passes(() => Answering(answer).Should().QuantifyImprovement());
    }

    [Theory]
    [InlineData("p95 latency went from 280 ms before to 190 ms after.", 0, true)]
    [InlineData("Latency is 32% lower now.", 1, false)]
    [InlineData("Latency after the change is 32% lower.", 1, false)]
    [InlineData("Latency is 32% lower than before.", 1, false)]
    public void An_improvement_without_a_percentage_or_a_comparison_is_not_quantified(string answer, int percentages, bool comparison)
    {
        Verdict.FailsAsBusiness(() => Answering(answer).Should().QuantifyImprovement()).Message.Should()
            .Contain($"found {percentages} percentage(s)").And.Contain(comparison ? "a comparison" : "no comparison");
    }
}
