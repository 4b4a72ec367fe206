using static Netra.E2E.Harness.Tests.BusinessValue.Runs;

namespace Netra.E2E.Harness.Tests.BusinessValue;

/// <summary>A catalogue word counts when the answer says it in any faithful wording, and only then; a provider in any of its names.</summary>
public sealed class VocabularyTests
{
    public static TheoryData<string> CatalogueWords => ["recommend", "saving", "implement", "forecast", "capacity", "anomal", "insight", "shows", "cannot find"];

    [Theory]
    [InlineData("recommend", "We advise moving the batch jobs to spot capacity.")]
    [InlineData("saving", "Reducing the instance size pays off.")]
    [InlineData("implement", "Roll out the change in two phases.")]
    [InlineData("forecast", "We predict a rise in usage next month.")]
    [InlineData("capacity", "There is enough headroom for the peak.")]
    [InlineData("anomal", "A spike appeared on Tuesday.")]
    [InlineData("insight", "Our main finding is idle storage.")]
    [InlineData("shows", "The bill reveals idle storage.")]
    [InlineData("cannot find", "There is no service named billing-v9 in your account.")]
    public void A_faithful_wording_mentions_its_catalogue_word(string word, string answer)
    {
        Verdict.Passes(() => Answering(answer).Should().MentionAtLeast(1, word));
    }

    [Theory]
    [MemberData(nameof(CatalogueWords))]
    public void An_answer_that_says_none_of_its_wordings_does_not_mention_it(string word)
    {
        Verdict.FailsAsBusiness(() => Answering("Hello there, all is well today.").Should().MentionAtLeast(1, word)).Message.Should().Contain("mention at least 1");
    }

    [Fact]
    public void Each_wording_of_a_catalogue_word_starts_with_the_word_itself()
    {
        Vocabulary.WordingsOf("Recommend").Should().StartWith("Recommend").And.Contain("should");
        Vocabulary.WordingsOf("payback").Should().Equal("payback");
    }

    [Theory]
    [InlineData("AWS", "Amazon Web Services bills by the second.")]
    [InlineData("AWS", "Your aws account.")]
    [InlineData("Azure", "Microsoft Azure reserved instances.")]
    [InlineData("GCP", "Google Cloud committed use discounts.")]
    [InlineData("Oracle", "ORACLE cloud credits.")]
    public void A_provider_is_named_by_any_of_its_names_in_any_case(string provider, string answer)
    {
        Verdict.Passes(() => Answering(answer).Should().NameProvider(provider));
        Verdict.FailsAsBusiness(() => Answering(answer).Should().NotNameProvider(provider)).Message.Should().Contain("not to name");
    }

    [Theory]
    [InlineData("AWS")]
    [InlineData("Azure")]
    [InlineData("GCP")]
    [InlineData("Oracle")]
    public void An_answer_about_something_else_does_not_name_the_provider(string provider)
    {
        const string Answer = "Your laws and jigsaws: nothing about clouds here.";

        Verdict.FailsAsBusiness(() => Answering(Answer).Should().NameProvider(provider)).Message.Should().Contain("to name");
        Verdict.Passes(() => Answering(Answer).Should().NotNameProvider(provider));
    }
}
