using Briefings.Typesetting.Hyphenation;
using Xunit;

namespace Briefings.Typesetting.Tests.Hyphenation;

public sealed class LiangHyphenatorTests
{
    private static readonly LiangHyphenator English = HyphenationPatterns.For("en-GB")!;

    private static string Hyphenate(string word)
    {
        var points = English.Points(word);
        var result = word;
        foreach (var point in points.Reverse())
            result = result.Insert(point, "-");
        return result;
    }

    [Theory]
    [InlineData("hyphenation", "hy-phen-ation")]
    [InlineData("government", "gov-ern-ment")]
    [InlineData("organisation", "or-gan-i-sa-tion")]
    [InlineData("international", "in-ter-na-tional")]
    [InlineData("Palestinians", "Pales-tini-ans")]
    [InlineData("delegations", "del-e-ga-tions")]
    [InlineData("spokesman", "spokesman")]
    public void Points_FollowTheUsEnglishPatterns(string word, string expected) =>
        Assert.Equal(expected, Hyphenate(word));

    [Fact]
    public void Points_KeepTwoLettersBeforeAndThreeAfterEveryHyphen()
    {
        foreach (var word in new[] { "a", "ab", "abc", "wordy", "academic", "superlatively", "extraordinarily" })
        {
            var points = English.Points(word);
            Assert.All(points, point => Assert.InRange(point, 2, word.Length - 3));
            Assert.Equal(points.Order(), points);
        }
    }

    [Fact]
    public void Points_IgnoreCase() =>
        Assert.Equal(English.Points("hyphenation"), English.Points("HYPHENATION"));

    [Fact]
    public void For_BundlesEnglishOnly()
    {
        Assert.NotNull(HyphenationPatterns.For("en"));
        Assert.NotNull(HyphenationPatterns.For("EN-us"));
        Assert.Null(HyphenationPatterns.For("fr"));
        Assert.Null(HyphenationPatterns.For("eng"));
        Assert.Null(HyphenationPatterns.For(null));
    }

    [Fact]
    public void Patterns_AreLoadedInFull()
    {
        var lines = new LiangHyphenator([".hy3ph", "he2n", "hena4", "hen5at", "1na", "n2at", "1tio", "2io", "o2n"], 2, 3);

        // Liang's own example, from his thesis.
        Assert.Equal([2, 6], lines.Points("hyphenation"));
    }
}
