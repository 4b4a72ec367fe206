using static Netra.E2E.Harness.Tests.BusinessValue.Runs;

namespace Netra.E2E.Harness.Tests.BusinessValue;

/// <summary>
/// Figures that make sense together: finite, a saving positive and below the cost it is part of, projected cost the
/// current cost less savings (within 1 % or a dollar), a saving's share between 0 and 100 percent.
/// </summary>
public sealed class FigureConsistencyChecksTests
{
    private const string Prose = "Rightsizing saves money.";

    private static RunTranscript WithMetrics(params (string Name, double Value)[] metrics) =>
        Answering(Prose, metrics: metrics.ToDictionary(m => m.Name, m => m.Value));

    private static RunTranscript WithSavings(params decimal?[] savings) =>
        Answering(Prose, savings.Select((s, i) => new Recommendation($"Opportunity {i + 1}", "Details", s, null)).ToArray(),
            new Dictionary<string, double> { ["current_monthly_cost_usd"] = 10_000 });

    [Fact]
    public void Figures_that_add_up_are_sensible()
    {
        var run = WithMetrics(("current_monthly_cost_usd", 10_000), ("monthly_savings_usd", 2_500), ("projected_monthly_cost_usd", 7_500), ("monthly_savings_percent", 25));

        Verdict.Passes(() => run.Should().HaveSensibleFigures());
    }

    [Fact]
    public void An_answer_without_figures_has_nothing_to_contradict()
    {
        Verdict.Passes(() => Answering(Prose).Should().HaveSensibleFigures());
    }

    [Theory]
    [InlineData(double.NaN, "monthly_savings_usd is NaN")]
    [InlineData(double.PositiveInfinity, "monthly_savings_usd is Infinity")]
    [InlineData(0.0, "the savings are 0, not a positive amount")]
    [InlineData(-50.0, "the savings are -50, not a positive amount")]
    [InlineData(10_000.0, "the savings (10000) are not below the current cost (10000)")]
    [InlineData(12_000.0, "the savings (12000) are not below the current cost (10000)")]
    public void A_saving_that_is_not_a_positive_part_of_the_cost_is_not_sensible(double savings, string problem)
    {
        var run = WithMetrics(("current_monthly_cost_usd", 10_000), ("monthly_savings_usd", savings));

        Verdict.FailsAsBusiness(() => run.Should().HaveSensibleFigures()).Message.Should().Contain("figures that make sense").And.Contain(problem);
    }

    [Theory]
    [InlineData(7_500.0)]
    [InlineData(7_401.0)]
    [InlineData(7_400.0)]
    [InlineData(7_600.0)]
    [InlineData(7_599.0)]
    public void A_projected_cost_within_one_percent_of_current_less_savings_adds_up(double projected)
    {
        var run = WithMetrics(("current_monthly_cost_usd", 10_000), ("monthly_savings_usd", 2_500), ("projected_monthly_cost_usd", projected));

        Verdict.Passes(() => run.Should().HaveSensibleFigures());
    }

    [Theory]
    [InlineData(7_399.0)]
    [InlineData(7_601.0)]
    [InlineData(10_000.0)]
    public void A_projected_cost_beyond_one_percent_of_current_less_savings_does_not_add_up(double projected)
    {
        var run = WithMetrics(("current_monthly_cost_usd", 10_000), ("monthly_savings_usd", 2_500), ("projected_monthly_cost_usd", projected));

        Verdict.FailsAsBusiness(() => run.Should().HaveSensibleFigures()).Message.Should().Contain("is not current cost 10000 less savings 2500");
    }

    [Theory]
    [InlineData(49.5, true)]
    [InlineData(50.8, true)]
    [InlineData(51.5, false)]
    public void On_a_small_bill_a_dollar_of_rounding_is_allowed(double projected, bool sensible)
    {
        var run = WithMetrics(("current_monthly_cost_usd", 60), ("monthly_savings_usd", 10), ("projected_monthly_cost_usd", projected));

        if (sensible)
        {
            Verdict.Passes(() => run.Should().HaveSensibleFigures());
        }
        else
        {
            Verdict.FailsAsBusiness(() => run.Should().HaveSensibleFigures());
        }
    }

    [Fact]
    public void A_negative_projected_cost_is_not_sensible()
    {
        Verdict.FailsAsBusiness(() => WithMetrics(("projected_monthly_cost_usd", -1)).Should().HaveSensibleFigures()).Message.Should().Contain("projected cost is negative (-1)");
        Verdict.Passes(() => WithMetrics(("projected_monthly_cost_usd", 0)).Should().HaveSensibleFigures());
    }

    [Theory]
    [InlineData("monthly_savings_percent", 0.0, true)]
    [InlineData("monthly_savings_percent", 100.0, true)]
    [InlineData("monthly_savings_percent", -1.0, false)]
    [InlineData("monthly_savings_percent", 285.0, false)]
    [InlineData("savings_share", 285.0, true)]
    [InlineData("cpu_utilisation_percent", 285.0, true)]
    public void A_savings_share_lies_between_0_and_100_percent(string name, double share, bool sensible)
    {
        var run = WithMetrics((name, share));

        if (sensible)
        {
            Verdict.Passes(() => run.Should().HaveSensibleFigures());
        }
        else
        {
            Verdict.FailsAsBusiness(() => run.Should().HaveSensibleFigures()).Message.Should().Contain($"{name} is {share}, not a share between 0 and 100");
        }
    }

    [Fact]
    public void Recommendations_savings_add_up_to_the_answers_saving()
    {
        Verdict.Passes(() => WithSavings(4_000, 5_000, null).Should().HaveSensibleFigures());
        Verdict.FailsAsBusiness(() => WithSavings(4_000, 6_000, null).Should().HaveSensibleFigures()).Message.Should().Contain("the savings (10000) are not below the current cost (10000)");
    }

    [Fact]
    public void Recommendations_that_do_not_size_their_saving_state_no_saving_at_all()
    {
        Verdict.Passes(() => WithSavings(null, null).Should().HaveSensibleFigures());
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-10.0)]
    [InlineData(10_000.0)]
    public void Each_recommendations_saving_is_a_positive_part_of_the_cost(double saving)
    {
        var run = Answering(Prose, [new Recommendation("Opportunity", "Details", (decimal)saving, null)],
            new Dictionary<string, double> { ["current_monthly_cost_usd"] = 10_000, ["monthly_savings_usd"] = 500 });

        Verdict.FailsAsBusiness(() => run.Should().HaveSensibleFigures()).Message.Should().Contain($"recommendation 'Opportunity' saves {(decimal)saving}");
    }

    [Fact]
    public void A_recommendations_saving_is_checked_against_the_cost_only_when_the_cost_is_stated()
    {
        var run = Answering(Prose, [new Recommendation("Opportunity", "Details", 50_000m, null)]);

        Verdict.Passes(() => run.Should().HaveSensibleFigures());
    }
}
