using static Netra.E2E.Harness.Tests.BusinessValue.Runs;

namespace Netra.E2E.Harness.Tests.BusinessValue;

/// <summary>Enough recommendations, structured or listed; a follow-up that is about an earlier one names its subject.</summary>
public sealed class RecommendationChecksTests
{
    private const string ThreeListed = """
        1. Rightsize EC2 instances: saves $1,080/month
        2. Delete idle EBS volumes: saves $420/month
        3. Buy a compute savings plan: saves $2,000/month
        """;

    private static readonly Recommendation Earlier = new("Rightsize EC2 instances", "Move 14 instances down a size", 1_080m, null);

    [Fact]
    public void Listed_recommendations_count_as_much_as_structured_ones()
    {
        Verdict.Passes(() => Answering(ThreeListed).Should().HaveRecommendations(3));
        Verdict.FailsAsBusiness(() => Answering(ThreeListed).Should().HaveRecommendations(4)).Message.Should().Contain("at least 4 recommendations").And.Contain("found 3");
    }

    [Fact]
    public void Structured_recommendations_are_counted_without_a_list()
    {
        var run = Answering("Two changes.", [Earlier, new Recommendation("Delete idle volumes", "Unattached EBS", 420m, null)]);

        Verdict.Passes(() => run.Should().HaveRecommendations(2));
        Verdict.FailsAsBusiness(() => run.Should().HaveRecommendations(3)).Message.Should().Contain("2 structured");
    }

    [Theory]
    [InlineData("Rightsizing those EC2 boxes saves $1,080 a month.")]
    [InlineData("The instances on EC2 can move down a size.")]
    public void A_follow_up_that_names_two_words_of_the_earlier_subject_refers_to_it(string answer)
    {
        Verdict.Passes(() => Answering(answer).Should().ReferTo(Earlier));
    }

    [Fact]
    public void A_follow_up_that_names_one_word_of_the_subject_is_about_something_else()
    {
        var failure = Verdict.FailsAsBusiness(() => Answering("Storage on EC2 is cheap to tier.").Should().ReferTo(Earlier));

        failure.Message.Should().Contain("about the earlier recommendation \"Rightsize EC2 instances\"").And.Contain("ec2");
    }

    [Fact]
    public void A_subject_of_one_word_is_referred_to_by_that_word()
    {
        var tagging = new Recommendation("Tagging", "Tag every resource", null, null);

        Verdict.Passes(() => Answering("Tagging comes first.").Should().ReferTo(tagging));
        Verdict.FailsAsBusiness(() => Answering("Labels come first.").Should().ReferTo(tagging));
    }
}
