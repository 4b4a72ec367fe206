namespace Netra.E2E.Harness.Tests.BusinessValue;

/// <summary>Two answers say the same thing as far as they share their distinct words, whatever the case and punctuation.</summary>
public sealed class TextSimilarityTests
{
    [Theory]
    [InlineData("Save $900 on EC2.", "save $900, on ec2!", 1.0)]
    [InlineData("save on ec2", "cut rds spend", 0.0)]
    [InlineData("save on ec2", "save on rds", 0.5)]
    [InlineData("save save on ec2", "ec2 rds", 0.25)]
    [InlineData("", "", 1.0)]
    [InlineData("...", "", 1.0)]
    [InlineData("save", "", 0.0)]
    public void Overlap_is_the_share_of_distinct_words_in_common(string a, string b, double overlap)
    {
        TextSimilarity.WordOverlap(a, b).Should().BeApproximately(overlap, 1e-9);
        TextSimilarity.WordOverlap(b, a).Should().BeApproximately(overlap, 1e-9);
    }
}
