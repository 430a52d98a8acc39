using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Layout.Text;
using Briefings.Typesetting.Pdf;
using Briefings.Typesetting.Themes;
using Xunit;

namespace Briefings.Typesetting.Tests.Layout;

public sealed class WordSplitterTests
{
    private static readonly PdfTextMeasurer Measurer = new();
    private static readonly TextStyle Body = Theme.Default.Body;

    private static List<string> Words(params StyledSpan[] spans) =>
        [.. new WordSplitter(Measurer, new FontFallback(Measurer, Theme.Default.FallbackFamilies)).Split(spans)
            .Select(word => string.Concat(word.Pieces.Select(piece => piece.Text)))];

    [Fact]
    public void Split_BindsACitationMarkToTheWordBeforeIt_SoThatItNeverStartsALine()
    {
        Assert.Equal(["supports", "the", "resistance. [4]"], Words(new StyledSpan("supports the resistance. [4]", Body)));
        Assert.Equal(["reported", "by", "Reuters [2], [5]."], Words(new StyledSpan("reported by Reuters [2], [5].", Body)));
    }

    [Fact]
    public void Split_BindsALinkedCitationMark_KeepingItsLink()
    {
        var words = new WordSplitter(Measurer, new FontFallback(Measurer, Theme.Default.FallbackFamilies))
            .Split([new StyledSpan("Gaza. ", Body), new StyledSpan("[3]", Body, "#src-3")]);

        var word = Assert.Single(words);
        Assert.Equal("#src-3", word.Pieces[^1].Link);
        Assert.Equal(Measurer.Width("Gaza.", Body) + Measurer.Width(" ", Body) + Measurer.Width("[3]", Body), word.Width, 6);
    }

    [Theory]
    [InlineData("see [note] here", 3)]
    [InlineData("array [] empty", 3)]
    [InlineData("in 2024 [1] twice [1]", 3)]
    public void Split_BindsOnlyNumberedMarks(string text, int words) =>
        Assert.Equal(words, Words(new StyledSpan(text, Body)).Count);

    [Fact]
    public void Split_DoesNotBindAcrossAForcedLineBreak() =>
        Assert.Equal(["one", "[4]"], Words(new StyledSpan("one", Body), StyledSpan.LineBreak(Body), new StyledSpan("[4]", Body)));
}
