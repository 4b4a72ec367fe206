namespace Netra.E2E.Harness.Tests.BusinessValue;

/// <summary>An answer's recommendations: its structured ones, or a numbered or bulleted list in its prose, each with its saving.</summary>
public sealed class RecommendationRecognizerTests
{
    private static AgentAnswer Answer(string content, params Recommendation[] structured) => new(content, structured, new Dictionary<string, double>(), []);

    [Fact]
    public void A_list_in_the_prose_is_read_as_recommendations_with_their_titles_and_savings()
    {
        const string Prose = """
            Here is what I found:
            1. Right-size EC2: move 14 instances down a size, saves $1,080/month.
            2) Delete idle EBS volumes (about $420 a month)
            - Buy a savings plan — commits $5,000 upfront
            * Tag everything
            • Review weekly. Nothing to save yet: 15% of spend is untagged
            3.no space, not a list item
            """;

        var found = RecommendationRecognizer.In(Answer(Prose));

        found.Select(r => (r.Title, r.EstimatedMonthlySavingsUsd)).Should().Equal(
            ("Right-size EC2", 1_080m), ("Delete idle EBS volumes", 420m), ("Buy a savings plan", 5_000m), ("Tag everything", null), ("Review weekly", null));
        found[0].Detail.Should().Be("Right-size EC2: move 14 instances down a size, saves $1,080/month.");
    }

    [Fact]
    public void A_listed_item_that_opens_with_a_bracket_keeps_its_whole_text_as_title()
    {
        RecommendationRecognizer.In(Answer("- (optional) Tag everything")).Single().Title.Should().Be("(optional) Tag everything");
    }

    [Fact]
    public void A_listed_item_whose_first_dollar_figure_is_zero_has_no_saving()
    {
        RecommendationRecognizer.In(Answer("1. Keep the reserved instances: $0 to change, $300 saved")).Single().EstimatedMonthlySavingsUsd.Should().BeNull();
    }

    [Fact]
    public void Structured_recommendations_come_first_and_a_missing_saving_is_read_from_their_line_in_the_prose()
    {
        const string Prose = """
            1. Rightsizing idle instances: saves $1,080 per month
            2. Storage tiering for cold logs: saves $420 per month
            """;
        var answer = Answer(Prose,
            new Recommendation("Storage tiering", "Move cold logs to archive", null, "high"),
            new Recommendation("Rightsize instances", "Smaller sizes", 900m, "medium"),
            new Recommendation("Turn off the lights", "Nothing listed about it", null, "low"));

        RecommendationRecognizer.In(answer).Select(r => (r.Title, r.EstimatedMonthlySavingsUsd, r.Priority)).Should().Equal(
            ("Storage tiering", 420m, "high"), ("Rightsize instances", 900m, "medium"), ("Turn off the lights", null, "low"));
    }

    [Fact]
    public void A_listed_line_sharing_only_one_subject_word_is_not_the_structured_ones()
    {
        var answer = Answer("1. Storage audit: saves $300 per month", new Recommendation("Storage tiering", "Move cold logs", null, null));

        RecommendationRecognizer.In(answer).Single().EstimatedMonthlySavingsUsd.Should().BeNull();
    }

    [Theory]
    [InlineData("Right-sizing the EC2 instances", "right-, ec2, instan")]
    [InlineData("Rightsize your instance fleet for the peak", "rights, instan, fleet, peak")]
    [InlineData("Go to S3 and do it", "")]
    [InlineData("The and for with your you that this from into over under more less than its our", "")]
    public void Subject_words_are_stems_of_the_words_that_name_the_subject(string title, string words)
    {
        var expected = words.Length == 0 ? [] : words.Split(", ");

        RecommendationRecognizer.SubjectWords(title).Should().BeEquivalentTo(expected);
    }
}
