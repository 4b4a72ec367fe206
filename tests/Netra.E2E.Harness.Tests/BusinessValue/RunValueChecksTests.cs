using static Netra.E2E.Harness.Tests.BusinessValue.Runs;

namespace Netra.E2E.Harness.Tests.BusinessValue;

/// <summary>Whether an answer is worth something: two indicators or more, the words the catalogue expects, enough words.</summary>
public sealed class RunValueChecksTests
{
    [Fact]
    public void An_answer_with_two_indicators_has_business_value()
    {
        Verdict.Passes(() => Answering("Your cost is driven by idle instances; we recommend rightsizing them.").Should().HaveBusinessValue());
    }

    [Fact]
    public void An_answer_with_one_indicator_has_none()
    {
        var failure = Verdict.FailsAsBusiness(() => Answering("Your cost is driven by idle instances.").Should().HaveBusinessValue());

        failure.Message.Should().Contain("business value").And.Contain("1/4 indicators");
    }

    [Fact]
    public void The_required_number_of_indicators_can_be_raised()
    {
        var run = Answering("Your cost is driven by idle instances; we recommend rightsizing them.");

        Verdict.FailsAsBusiness(() => run.Should().HaveBusinessValue(minimumIndicators: 3)).Message.Should().Contain("3 or more indicators");
    }

    [Fact]
    public void Indicators_in_a_recommendations_title_count_as_words_the_user_reads()
    {
        var run = Answering("Here is what we found.", [new Recommendation("Cut idle cost", "Recommend stopping idle instances", null, null)]);

        Verdict.Passes(() => run.Should().HaveBusinessValue());
    }

    [Fact]
    public void An_answer_mentions_a_catalogue_word_in_any_of_its_faithful_wordings()
    {
        var run = Answering("You should consider reserved instances to lower the bill.");

        Verdict.Passes(() => run.Should().MentionAtLeast(2, "recommend", "saving", "forecast"));
        Verdict.FailsAsBusiness(() => run.Should().MentionAtLeast(3, "recommend", "saving", "forecast")).Message.Should().Contain("at least 3");
    }

    [Fact]
    public void Catalogue_words_are_found_whatever_their_case()
    {
        Verdict.Passes(() => Answering("The roi arrives within a quarter.").Should().MentionAtLeast(1, "ROI"));
    }

    [Fact]
    public void Without_a_reason_the_failure_gives_none()
    {
        Verdict.FailsAsBusiness(() => Answering("Nothing to say.").Should().MentionAtLeast(1, "roadmap")).Message.Should().NotContain("because");
    }

    [Fact]
    public void A_reason_given_with_the_words_is_part_of_the_failure()
    {
        var failure = Verdict.FailsAsBusiness(() => Answering("Nothing to say.").Should().MentionAtLeast(1, ["roadmap"], "the user asked for a {0}", "plan"));

        failure.Message.Should().Contain("because the user asked for a plan");
    }

    [Fact]
    public void A_failure_quotes_a_long_answer_only_in_part()
    {
        var answer = "Idle capacity. " + new string('x', 385) + "TAIL-BEYOND-400 and more words after it.";

        var failure = Verdict.FailsAsBusiness(() => Answering(answer).Should().HaveMoreWordsThan(100));

        failure.Message.Should().Contain("Idle capacity. xxx").And.Contain("…").And.NotContain("TAIL-BEYOND-400");
    }

    [Fact]
    public void A_failure_quotes_an_answer_of_400_characters_whole()
    {
        var answer = new string('y', 396) + " END";

        Verdict.FailsAsBusiness(() => Answering(answer).Should().HaveMoreWordsThan(100)).Message.Should().Contain("y END").And.NotContain("…");
    }

    [Fact]
    public void An_answer_needs_more_words_than_asked_for()
    {
        var run = Answering("Rightsize idle instances, saving $1,080/month — now!");

        Verdict.Passes(() => run.Should().HaveMoreWordsThan(6));
        Verdict.FailsAsBusiness(() => run.Should().HaveMoreWordsThan(7)).Message.Should().Contain("more than 7 words").And.Contain("has 7");
    }
}
