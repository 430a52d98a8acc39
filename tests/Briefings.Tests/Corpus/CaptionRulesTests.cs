using Briefings.Corpus;
using Xunit;

namespace Briefings.Tests.Corpus;

public sealed class CaptionRulesTests
{
    [Theory]
    [InlineData("Delegates meet in the capital. — AP/File")]
    [InlineData("Protesters gather in the square, March 2, 2024. (Jane Example/Flash90)")]
    [InlineData("The minister speaks at a ceremony in the capital on April 28, 2022. Jane EXAMPLE / AFP")]
    [InlineData("Representative Image Image Credit: ANI")]
    [InlineData("Fighters in the valley Photograph:(Others)")]
    [InlineData("Crowds at the airport (Image courtesy BBC)")]
    [InlineData("The prime minister speaks before representatives of a delegation in the capital, on February 18, 2024.")]
    public void IsCaption_IsTrue_ForThePhotoCaptionShapes(string line) =>
        Assert.True(CaptionRules.IsCaption(line));

    [Theory]
    [InlineData("The agreement was signed in the capital on February 18, 2024.")]
    [InlineData("The group (which split in 2014/2015) said it would talk.")]
    public void IsCaption_IsFalse_ForBodySentences(string line) =>
        Assert.False(CaptionRules.IsCaption(line));
}
