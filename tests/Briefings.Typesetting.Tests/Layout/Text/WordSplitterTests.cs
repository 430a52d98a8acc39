using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Layout.Text;
using Briefings.Typesetting.Pdf;
using Briefings.Typesetting.Themes;
using Xunit;

namespace Briefings.Typesetting.Tests.Layout.Text;

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
    [InlineData("on the 7 October 2023 attack", "on|the|7 October 2023|attack")]
    [InlineData("on October 7, said", "on|October 7,|said")]
    [InlineData("a $454 million fine, 12 km away, 40 % more", "a|$454 million|fine,|12 km|away,|40 %|more")]
    [InlineData("see p. 12 and No. 5 (Vol. II)", "see|p. 12|and|No. 5|(Vol. II)")]
    [InlineData("in Kunduz over 18 months", "in|Kunduz|over|18 months")]
    [InlineData("by J. R. Smith and Dr. Rahimi", "by|J. R. Smith|and|Dr. Rahimi")]
    [InlineData("7 apples in 2023 and may 5", "7|apples|in|2023|and|may|5")]
    public void Split_JoinsTheWordsALineMustNotSeparate(string text, string expected) =>
        Assert.Equal(expected, string.Join("|", Words(new StyledSpan(text, Body))));

    [Fact]
    public void Parse_NamesTheLine_OfARuleWithoutBothWords()
    {
        var error = Assert.Throws<FormatException>(() => NoBreakRules.Parse("# comment\nnumber-unit\t\\d+\n"));

        Assert.Contains("line 2", error.Message);
    }

    [Fact]
    public void Parse_ReadsSetsAndRules_AsTheBundledFileWritesThem()
    {
        var rules = NoBreakRules.Parse("@unit = kg km\nnumber-unit\t\\d+\t{unit}\n");

        Assert.True(rules.Binds("12", "km"));
        Assert.True(rules.Binds("(12", "km)."));
        Assert.False(rules.Binds("12", "apples"));
        Assert.False(rules.Binds("twelve", "km"));
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
