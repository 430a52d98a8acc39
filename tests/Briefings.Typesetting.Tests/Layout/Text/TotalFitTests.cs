using Briefings.Testing;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Layout.Text;
using Briefings.Typesetting.Pdf;
using Briefings.Typesetting.Themes;
using Xunit;

namespace Briefings.Typesetting.Tests.Layout.Text;

/// <summary>
/// The quality of the line breaks, measured the way TeX measures it: how far each justified line's
/// spaces stretch (ratio 1 = all of their stretch) or shrink (−1), and the badness 100·|ratio|³.
/// </summary>
public sealed class TotalFitTests(ITestOutputHelper output)
{
    private static readonly PdfTextMeasurer Measurer = new();
    private static readonly TextStyle Body = Theme.Default.Body;
    private static readonly TotalFit.Spacing Justified = new(0.5, 1.0 / 3, 0);
    private static readonly double Width = Theme.Default.BodySizeOnPage.Width;

    /// <summary>Every seed line of 25 words or more, as one paragraph.</summary>
    private static IReadOnlyList<List<Word>> SeedParagraphs { get; } =
        [.. Directory.GetFiles(RepositoryRoot.File("seeds"), "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Where(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 25)
            .Select(line => new WordSplitter(Measurer, new FontFallback(Measurer, Theme.Default.FallbackFamilies)).Split([new StyledSpan(line.Trim(), Body)]).ToList())];

    [Fact]
    public void TotalFit_SetsTheSeedsWithFewerLooseLines_AndLessBadness_ThanFirstFit()
    {
        var greedy = Measure(SeedParagraphs.Select(FirstFit));
        var totalFit = Measure(SeedParagraphs.Select(words => TotalFit.Breaks(words, Zeros(words), Width, Justified, double.PositiveInfinity)!));

        var hyphenated = SeedParagraphs.Select(words => words.SelectMany(Fragments.Split).ToList()).ToList();
        var withHyphens = Measure(hyphenated.Select(words => TotalFit.Breaks(words, HyphenWidths(words), Width, Justified, double.PositiveInfinity)!), hyphenated);

        output.WriteLine($"{SeedParagraphs.Count} paragraphs at {Width:F0} pt. first fit: {greedy}; total fit: {totalFit}; total fit with hyphenation: {withHyphens}");
        Assert.True(totalFit.Badness < greedy.Badness * 0.8, $"first fit {greedy}, total fit {totalFit}");
        Assert.True(totalFit.Loose <= greedy.Loose, $"first fit {greedy}, total fit {totalFit}");
        Assert.True(totalFit.MostShrunk >= -1, $"total fit shrinks a line beyond its spaces' shrink: {totalFit}");
        Assert.True(withHyphens.Loose < totalFit.Loose / 2, $"hyphenation leaves {withHyphens}");
    }

    [Fact]
    public void Breaks_ReturnsNull_WhenNoBreaksStayWithinTheTolerance()
    {
        var words = Words("A paragraph with the extraordinarily uncooperative word incomprehensibilities in it.");

        Assert.Null(TotalFit.Breaks(words, Zeros(words), 150, Justified, tolerance: 1));
        Assert.NotNull(TotalFit.Breaks(words, Zeros(words), 150, Justified, double.PositiveInfinity));
    }

    [Fact]
    public void Breaks_EndALineAtEveryForcedBreak()
    {
        var words = Words("one two three");
        words[0] = words[0] with { BreakAfter = true };

        Assert.Equal([0, 2], TotalFit.Breaks(words, Zeros(words), 500, Justified, double.PositiveInfinity));
    }

    [Fact]
    public void Breaks_PreferAnEvenParagraph_ToAFullFirstLineAndALooseSecond()
    {
        // First fit fills line one and leaves line two with a few words stretched across; total fit
        // moves a word down so that both lines are decent.
        var paragraph = SeedParagraphs.FirstOrDefault(words => Ratios(FirstFit(words), words).Any(ratio => ratio > 1.5)
            && Ratios(TotalFit.Breaks(words, Zeros(words), Width, Justified, double.PositiveInfinity)!, words).All(ratio => ratio <= 1));

        Assert.NotNull(paragraph);
    }

    private static List<Word> Words(string text) =>
        [.. new WordSplitter(Measurer, new FontFallback(Measurer, Theme.Default.FallbackFamilies)).Split([new StyledSpan(text, Body)])];

    private static double[] Zeros(List<Word> words) => new double[words.Count];

    private static readonly WordFragments Fragments = new(Measurer, Briefings.Typesetting.Hyphenation.HyphenationPatterns.For("en")!);

    private static double[] HyphenWidths(List<Word> words) => [.. words.Select(word => word.HyphenAfter ? Measurer.Width("-", Body) : 0)];

    /// <summary>The classic greedy breaker: as many words on each line as fit at natural spacing.</summary>
    private static List<int> FirstFit(List<Word> words)
    {
        var ends = new List<int>();
        var width = 0.0;
        for (var i = 0; i < words.Count; i++)
        {
            var needed = (width > 0 ? words[i - 1].SpaceAfter : 0) + words[i].Width;
            if (width > 0 && width + needed > Width)
            {
                ends.Add(i - 1);
                width = words[i].Width;
            }
            else
            {
                width += needed;
            }
        }
        ends.Add(words.Count - 1);
        return ends;
    }

    private static IEnumerable<double> Ratios(List<int> ends, List<Word> words)
    {
        var start = 0;
        foreach (var end in ends.SkipLast(1))
        {
            var line = words[start..(end + 1)];
            var natural = line.Sum(word => word.Width) + line.SkipLast(1).Sum(word => word.SpaceAfter)
                + (line[^1].HyphenAfter ? Measurer.Width("-", Body) : 0);
            var spaces = line.SkipLast(1).Sum(word => word.SpaceAfter);
            var slack = Width - natural;
            yield return slack >= 0 ? slack / (spaces * Justified.StretchPerSpace) : slack / (spaces * Justified.ShrinkPerSpace);
            start = end + 1;
        }
    }

    private static Quality Measure(IEnumerable<List<int>> breaks) => Measure(breaks, SeedParagraphs);

    private static Quality Measure(IEnumerable<List<int>> breaks, IEnumerable<List<Word>> paragraphs)
    {
        var ratios = breaks.Zip(paragraphs).SelectMany(pair => Ratios(pair.First, pair.Second)).ToList();
        return new Quality(ratios.Count, ratios.Count(ratio => ratio > 1), ratios.Sum(ratio => Math.Min(100 * Math.Pow(Math.Abs(ratio), 3), 10000)),
            ratios.Max(), ratios.Min());
    }

    private sealed record Quality(int Lines, int Loose, double Badness, double MostStretched, double MostShrunk)
    {
        public override string ToString() =>
            $"{Lines} justified lines, {Loose} loose (ratio > 1), total badness {Badness:F0}, ratios {MostShrunk:F2} to {MostStretched:F2}";
    }
}
