namespace Netra.E2E.Harness.Tests.BusinessValue;

/// <summary>The protocol's four business-value indicators, each found by its words in any case and absent without them.</summary>
public sealed class IndicatorsTests
{
    [Theory]
    [InlineData("Your monthly COST is high.", true, false, false, false)]
    [InlineData("The p95 Latency went down.", false, true, false, false)]
    [InlineData("We Recommend a change.", false, false, true, false)]
    [InlineData("The TREND is clear.", false, false, false, true)]
    [InlineData("Hello there, all is well.", false, false, false, false)]
    public void Each_indicator_is_found_by_its_own_words_only(string answer, bool cost, bool performance, bool recommendations, bool data)
    {
        Indicators.Analyze(answer).Should().Be(new BusinessValueReport(cost, performance, recommendations, data));
    }

    [Fact]
    public void Two_indicators_are_business_value_and_one_is_not()
    {
        var two = Indicators.Analyze("Spend $300 less: we suggest it.");
        var one = Indicators.Analyze("Spend $300 less.");

        two.Count.Should().Be(2);
        two.HasBusinessValue.Should().BeTrue();
        one.Count.Should().Be(1);
        one.HasBusinessValue.Should().BeFalse();
        Indicators.Analyze("The cost, its latency, our recommendation and the data.").Count.Should().Be(4);
    }

    [Fact]
    public void A_report_says_which_indicators_it_found()
    {
        var report = new BusinessValueReport(CostAnalysis: true, PerformanceMetrics: false, Recommendations: true, DataInsights: false).ToString();

        report.Should().StartWith("2/4 indicators").And.Contain("cost analysis yes").And.Contain("performance metrics no")
            .And.Contain("recommendations yes").And.Contain("data insights no");
    }

    [Fact]
    public void Found_names_the_catalogue_words_mentioned_in_any_wording()
    {
        Indicators.Found("We PROPOSE to cut idle capacity.", "recommend", "saving", "forecast", "capacity").Should().Equal("recommend", "saving", "capacity");
    }

    [Theory]
    [InlineData("Save $1,080/month — now!", 4)]
    [InlineData("p95 went 280->190 ms (32%).", 6)]
    [InlineData("— … !", 0)]
    public void Words_are_counted_as_a_reader_counts_them(string answer, int words)
    {
        Indicators.WordCount(answer).Should().Be(words);
    }
}
