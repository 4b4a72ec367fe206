using Netra.E2E.Harness.BusinessValue.Figures;

namespace Netra.E2E.Harness.Tests.BusinessValue;

/// <summary>A magnitude scales a sum of money in every spelling; a plain number or a percentage keeps its value.</summary>
public sealed class FigureMagnitudeTests
{
    [Theory]
    [InlineData("$2k", 2_000)]
    [InlineData("$2 thousand", 2_000)]
    [InlineData("$2m", 2_000_000)]
    [InlineData("$2mm", 2_000_000)]
    [InlineData("$2 million", 2_000_000)]
    [InlineData("$2bn", 2_000_000_000)]
    [InlineData("$2b", 2_000_000_000)]
    [InlineData("$2 billion", 2_000_000_000)]
    public void Every_spelling_of_a_magnitude_scales_dollars(string text, decimal dollars)
    {
        FigureRecognizer.Dollars(text).Should().Equal(dollars);
    }

    [Fact]
    public void A_number_beyond_any_sum_of_money_is_no_figure()
    {
        FigureRecognizer.Recognize("$" + new string('9', 40) + " saved").Should().BeEmpty();
    }

    [Theory]
    [InlineData("15k requests", 15, FigureUnit.Number)]
    [InlineData("2.5m rows", 2.5, FigureUnit.Number)]
    public void A_magnitude_does_not_scale_a_plain_number(string text, decimal value, FigureUnit unit)
    {
        FigureRecognizer.Recognize(text).Select(f => (f.Value, f.Unit)).Should().Equal((value, unit));
    }
}
