using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Layout.Text;
using Briefings.Typesetting.Pdf;
using Briefings.Typesetting.Themes;
using Xunit;

namespace Briefings.Typesetting.Tests.Layout.Text;

public sealed class LineBreakerTests
{
    private static readonly PdfTextMeasurer Measurer = new();
    private static readonly TextStyle Body = Theme.Default.Body;

    private static IReadOnlyList<TextLine> Break(string text, double width, TextAlignment alignment = TextAlignment.Justify)
    {
        var format = ParagraphFormat.For(Body, 14, width, alignment, Measurer);
        return new LineBreaker(Measurer).Break(new WordSplitter(Measurer, new FontFallback(Measurer, Theme.Default.FallbackFamilies)).Split([new StyledSpan(text, Body)]), format);
    }

    private static double RightEdge(TextLine line) => line.Pieces.Max(piece => piece.X + Measurer.Width(piece.Text.TrimEnd(), piece.Style));

    [Fact]
    public void Break_KeepsEveryLineWithinTheWidth_ForASeedParagraph()
    {
        var text = File.ReadAllLines(Briefings.Testing.RepositoryRoot.File("seeds", "000_9b4faf977bd6dde7.txt"))[2];
        var lines = Break(text, 300);

        Assert.True(lines.Count > 3);
        Assert.All(lines, line => Assert.True(RightEdge(line) <= 300.01, $"'{line.Text}' ends at {RightEdge(line)}"));
        Assert.Equal(string.Join(" ", text.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            string.Join(" ", lines.SelectMany(line => line.Pieces).Select(piece => piece.Text.Trim())));
    }

    [Fact]
    public void Break_CutsAWordLongerThanTheLine_IntoPiecesThatFit()
    {
        var word = string.Concat(Enumerable.Repeat("abcdefghij", 500));
        var lines = Break(word, 200);

        Assert.True(lines.Count > 10);
        Assert.All(lines, line => Assert.True(RightEdge(line) <= 200.01));
        Assert.Equal(word, string.Concat(lines.Select(line => line.Text)));
    }

    [Fact]
    public void Break_NeverBreaksAtANoBreakSpace()
    {
        var text = string.Join(" ", Enumerable.Repeat("word", 40)) + " 12\u00A0000\u00A0km";
        var lines = Break(text, 150, TextAlignment.Left);

        Assert.Contains(lines, line => line.Text.Contains("12\u00A0000\u00A0km", StringComparison.Ordinal));
    }

    [Fact]
    public void Break_JustifiesFullLinesToTheWidth_ButNotTheLastLine()
    {
        var lines = Break(string.Join(" ", Enumerable.Repeat("justified text", 30)), 250);

        Assert.All(lines.SkipLast(1), line => Assert.Equal(250, RightEdge(line), 1));
        Assert.True(RightEdge(lines[^1]) < 250);
    }
}
