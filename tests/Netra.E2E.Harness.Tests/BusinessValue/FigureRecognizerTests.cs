using Netra.E2E.Harness.BusinessValue.Figures;

namespace Netra.E2E.Harness.Tests.BusinessValue;

/// <summary>Every way netra-protocol.md section 8 says a model writes a figure reads as the same number; words never do.</summary>
public sealed class FigureRecognizerTests
{
    [Theory]
    [InlineData("We save $11,000 a month", 11_000)]
    [InlineData("about $11k per month", 11_000)]
    [InlineData("savings of 11,000 USD", 11_000)]
    [InlineData("$11,000.00 monthly", 11_000)]
    [InlineData("USD 11,000 each month", 11_000)]
    [InlineData("US$ 11,000", 11_000)]
    [InlineData("11,000 dollars", 11_000)]
    [InlineData("$1.2 million a year", 1_200_000)]
    [InlineData("$ 4,500/month", 4_500)]
    [InlineData("a spend of $25000.", 25_000)]
    public void Dollar_figures_read_as_numbers_in_every_format(string text, decimal expected)
    {
        FigureRecognizer.Dollars(text).Should().Equal(expected);
    }

    [Theory]
    [InlineData("15% of spend", 15)]
    [InlineData("a 15 percent cut", 15)]
    [InlineData("12.5 per cent faster", 12.5)]
    public void Percentages_read_as_numbers_in_every_format(string text, decimal expected)
    {
        FigureRecognizer.Percentages(text).Should().Equal(expected);
    }

    [Theory]
    [InlineData("$NaN savings")]
    [InlineData("savings of several thousand dollars")]
    [InlineData("p95 latency 280 ms -> 190 ms")]
    [InlineData("step 3 of 5, 2026-11-24")]
    public void Text_without_a_dollar_figure_has_none(string text)
    {
        FigureRecognizer.Dollars(text).Should().BeEmpty();
    }

    [Fact]
    public void Several_figures_keep_their_order_and_units()
    {
        var figures = FigureRecognizer.Recognize("Spend $12,300 (estimated); save 20% or USD 2,460, p95 280 ms.");

        figures.Select(f => (f.Value, f.Unit)).Should().Equal((12_300m, FigureUnit.Dollars), (20m, FigureUnit.Percent), (2_460m, FigureUnit.Dollars), (95m, FigureUnit.Number), (280m, FigureUnit.Number));
    }
}
