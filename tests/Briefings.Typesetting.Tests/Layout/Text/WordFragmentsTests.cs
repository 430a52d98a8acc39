using Briefings.Typesetting.Hyphenation;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Layout.Text;
using Briefings.Typesetting.Pdf;
using Briefings.Typesetting.Themes;
using Xunit;

namespace Briefings.Typesetting.Tests.Layout.Text;

public sealed class WordFragmentsTests
{
    private static readonly PdfTextMeasurer Measurer = new();
    private static readonly WordFragments Fragments = new(Measurer, HyphenationPatterns.For("en")!);
    private static readonly TextStyle Body = Theme.Default.Body;

    private static List<Word> Split(params StyledSpan[] spans)
    {
        var words = new WordSplitter(Measurer, new FontFallback(Measurer, Theme.Default.FallbackFamilies)).Split(spans);
        return [.. Fragments.Split(Assert.Single(words))];
    }

    private static string Marked(List<Word> fragments) =>
        string.Concat(fragments.Select(word => string.Concat(word.Pieces.Select(piece => piece.Text)) + (word.Continues ? word.HyphenAfter ? "~" : "|" : "")));

    [Theory]
    [InlineData("(government),", "(gov~ern~ment),")]
    [InlineData("al-Qaeda-linked", "al-|Qaeda-|linked")]
    [InlineData("Taliban’s", "Taliban’s")]
    [InlineData("al-Qaeda’s-international", "al-|Qaeda’s-|in~ter~na~tional")]
    [InlineData("UNAMA", "UNAMA")]
    [InlineData("Afghanistan", "Afghanistan")]
    [InlineData("https://example.org/international-relations", "https://|example|.org/|international-|relations")]
    [InlineData("www.long_file-name.pdf", "www.long_|file-|name|.pdf")]
    [InlineData("/usr/share/doc/briefings", "/usr/|share/|doc/|briefings")]
    [InlineData("analyst@example.org", "analyst|@example|.org")]
    [InlineData("U.S.-Backed", "U.S.-Backed")]
    [InlineData("2021–2024", "2021–2024")]
    public void Split_CutsOnlyWhereALineMayEnd(string word, string expected) =>
        Assert.Equal(expected, Marked(Split(new StyledSpan(word, Body))));

    [Fact]
    public void Split_RemeasuresEveryFragment_AndKeepsTheWordsSpaceOnTheLast()
    {
        var fragments = Split(new StyledSpan("internationally ", Body));

        Assert.True(fragments.Count > 2);
        Assert.All(fragments, fragment => Assert.Equal(Measurer.Width(fragment.Pieces[0].Text, Body), fragment.Width, 6));
        Assert.All(fragments.SkipLast(1), fragment => Assert.Equal(0, fragment.SpaceAfter));
        Assert.True(fragments[^1].SpaceAfter > 0);
        Assert.False(fragments[^1].Continues);
    }

    [Fact]
    public void Split_CutsAcrossStyles_KeepingEachPiecesStyle()
    {
        var fragments = Split(new StyledSpan("inter", Body.Bold()), new StyledSpan("nationally", Body));

        Assert.Equal("internationally", string.Concat(fragments.SelectMany(word => word.Pieces).Select(piece => piece.Text)));
        Assert.Equal("inter", string.Concat(fragments.SelectMany(word => word.Pieces).Where(piece => piece.Style == Body.Bold()).Select(piece => piece.Text)));
    }
}
