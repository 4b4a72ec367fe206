using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Tests.Support;
using Netra.E2E.Simulator.Wording;
using Netra.E2E.Simulator.Wording.Paraphrased;
using Netra.E2E.Simulator.Wording.Templated;

namespace Netra.E2E.Simulator.Tests.Wording;

/// <summary>Paraphrased wording really varies, run to run and seed to seed, and one seed reproduces it; templated wording never varies.</summary>
public sealed class WordingVariationTests
{
    private static readonly AnswerFacts Aws = AnswerSamples.Facts(null, "Optimize my AWS costs; we spend $11,000 a month");
    private static readonly char[] TitleEnds = [':', '.', '(', '—'];
    private static readonly AnswerFacts FullPipeline = AnswerSamples.Facts("cost_optimizer", AnswerSamples.FullPipeline);

    [Fact]
    public void One_seed_reproduces_a_whole_sequence_of_runs()
    {
        AnswerFacts[] runs = [Aws, FullPipeline, Aws];

        var once = runs.Select(new ParaphrasedWriter(42).Write).Select(a => a.Content).ToArray();
        var again = runs.Select(new ParaphrasedWriter(42).Write).Select(a => a.Content).ToArray();

        again.Should().Equal(once);
    }

    [Fact]
    public void Different_seeds_word_the_same_question_differently()
    {
        var texts = AnswerSamples.Seeds.Select(seed => new ParaphrasedWriter(seed).Write(Aws).Content).ToArray();

        texts.Distinct().Count().Should().BeGreaterThan(190, "200 seeds give nearly 200 wordings");
    }

    [Fact]
    public void Two_runs_of_the_same_question_differ()
    {
        var differing = AnswerSamples.Seeds.Count(seed =>
        {
            var writer = new ParaphrasedWriter(seed);
            return writer.Write(Aws).Content != writer.Write(Aws).Content;
        });

        differing.Should().BeGreaterThan(190);
    }

    [Fact]
    public void Across_seeds_every_listed_wording_occurs()
    {
        var answers = AnswerSamples.Seeds.Select(seed => new ParaphrasedWriter(seed).Write(Aws)).ToArray();
        var texts = answers.Select(a => a.Content).ToArray();

        string[] wordings = ["$11,000 ", "$11k", "11,000 USD", "$11,000.00", "USD 11,000", "%", " percent", "AWS", "aws", "Amazon Web Services",
            "I recommend", "I suggest", "ou should consider", "## ", "**"];
        wordings.Where(w => !texts.Any(t => t.Contains(w, StringComparison.Ordinal))).Should().BeEmpty("each wording shows up in some run");
        answers.Should().Contain(a => a.Recommendations.Count == 0 && ProseReader.ListItems(a.Content).Count == 3, "recommendations only in the prose");
        answers.Should().Contain(a => a.Recommendations.Count == 3 && ProseReader.ListItems(a.Content).Count == 3, "recommendations in both");
        answers.Should().Contain(a => a.Recommendations.Count == 3 && ProseReader.ListItems(a.Content).Count == 0, "recommendations only in the structure");
    }

    [Fact]
    public void Sections_come_in_different_orders()
    {
        var orders = AnswerSamples.Seeds
            .Select(seed => string.Join(" > ", new ParaphrasedWriter(seed).Write(FullPipeline).Sections.Select(s => Kind(s.Text))))
            .Distinct().ToArray();

        orders.Length.Should().BeGreaterThan(20);
    }

    [Fact]
    public void Every_reworded_title_keeps_the_product_and_key_word_of_its_recommendation()
    {
        foreach (var (title, rewording) in TitleWording.Table)
        {
            rewording.Variants.Prepend(title).Should().OnlyContain(v => rewording.Keeps.All(k => v.Contains(k, StringComparison.OrdinalIgnoreCase)), "'{0}' keeps {1}", title, rewording.Keeps);
            rewording.Variants.Should().OnlyContain(v => v.IndexOfAny(TitleEnds) < 0, "a listed title ends at the first colon, stop, bracket or dash");
        }
    }

    [Fact]
    public void Templated_answers_are_the_same_words_every_run_and_their_sections_are_the_whole_prose()
    {
        var writer = new TemplatedWriter();

        var first = writer.Write(FullPipeline);
        var second = writer.Write(FullPipeline);

        second.Content.Should().Be(first.Content);
        string.Join("\n", first.Sections.Select(s => s.Text)).Should().Be(first.Content);
        first.Content.Should().StartWith("Cost analysis for your cloud environment: current monthly spend is");
    }

    /// <summary>What a section is about, whatever its heading: the first of these words its text uses.</summary>
    private static string Kind(string text) =>
        new[] { "spend is", "by service", "phase", "payback", "security", "performance", "save" }.FirstOrDefault(k => text.Contains(k, StringComparison.OrdinalIgnoreCase)) ?? "?";
}
