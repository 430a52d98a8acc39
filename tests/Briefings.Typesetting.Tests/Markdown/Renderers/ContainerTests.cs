using System.Text.RegularExpressions;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Themes;
using Xunit;

namespace Briefings.Typesetting.Tests.Markdown.Renderers;

public sealed class ContainerTests
{
    private static readonly Typesetter Typesetter = new(Theme.Default);

    /// <summary>Eight short paragraphs, about a third of a page, each ending in a marker word "keepN".</summary>
    private static readonly string Block = string.Join("\n\n", Enumerable.Range(1, 8).Select(i => $"A line that belongs to the block, keep{i}"));

    private static string Filler(int paragraphs) =>
        string.Concat(Enumerable.Range(1, paragraphs).Select(i => $"Filler paragraph {i} with enough ordinary words in it to run over one line of body text and onto a second one.\n\n"));

    /// <summary>The 1-based page each marker word is drawn on.</summary>
    private static Dictionary<string, int> PageOf(string markdown) =>
        Typesetter.Typeset(markdown).Pages
            .SelectMany(page => page.Items.OfType<TextItem>().SelectMany(item => Regex.Matches(item.Text, @"\w+").Select(word => (Word: word.Value, page.Number))))
            .Where(text => text.Word.StartsWith("keep", StringComparison.Ordinal) || text.Word == "after")
            .GroupBy(text => text.Word)
            .ToDictionary(group => group.Key, group => group.First().Number);

    private static readonly string Panel = "::: key-points\n" + Block + "\n:::\n";

    /// <summary>The fewest filler paragraphs that make <paramref name="block"/> start on page 1 and end on page 2.</summary>
    private static int FillerThatSplits(string block)
    {
        for (var paragraphs = 1; paragraphs < 100; paragraphs++)
        {
            var pages = PageOf(Filler(paragraphs) + block);
            if (pages["keep1"] == 1 && pages["keep8"] == 2)
                return paragraphs;
        }
        throw new InvalidOperationException("No amount of filler splits the block.");
    }

    [Fact]
    public void KeepTogether_MovesTheWholeBlockToTheNextPage_WhenItWouldBeSplit()
    {
        var filler = Filler(FillerThatSplits(Block));

        var pages = PageOf(filler + "::: keep-together\n" + Block + "\n:::\n\nafter\n");

        Assert.All(Enumerable.Range(1, 8), i => Assert.Equal(2, pages[$"keep{i}"]));
        Assert.Equal(2, pages["after"]);
    }

    [Fact]
    public void KeepTogether_MovesAPanelNestedInIt_WhenThePanelWouldBeSplit()
    {
        var filler = Filler(FillerThatSplits(Panel));

        var pages = PageOf(filler + ":::: keep-together\n" + Panel + "::::\n");

        Assert.All(Enumerable.Range(1, 8), i => Assert.Equal(2, pages[$"keep{i}"]));
    }

    [Fact]
    public void KeepTogether_SetsItsContentAsPlainText_WhenItFits()
    {
        var document = Typesetter.Typeset("Before.\n\n::: keep-together\n" + Block + "\n:::\n");

        Assert.Single(document.Pages);
        Assert.DoesNotContain(document.Pages[0].Items, item => item is RectItem);
        Assert.Empty(document.Warnings);
    }

    [Theory]
    [InlineData("20em")]
    [InlineData("300pt")]
    public void EnsureSpace_StartsItsContentOnANewPage_WhenLessThanTheHeightIsLeft(string height)
    {
        var filler = Filler(FillerThatSplits(Block));

        var pages = PageOf(filler + $"::: ensure-space {height}\nkeep1\n:::\n");

        Assert.Equal(2, pages["keep1"]);
    }

    [Fact]
    public void EnsureSpace_LeavesItsContentInPlace_WhenEnoughIsLeft()
    {
        var pages = PageOf(Filler(3) + "::: ensure-space 12em\nkeep1\n:::\n");

        Assert.Equal(1, pages["keep1"]);
    }

    [Fact]
    public void EnsureSpace_WarnsAndSetsTheContent_WhenTheHeightCannotBeRead()
    {
        var document = Typesetter.Typeset("::: ensure-space lots\nkeep1\n:::\n");

        Assert.Contains("line 1: 'ensure-space' needs a height such as 12em or 150pt, not 'lots'", Assert.Single(document.Warnings));
        Assert.Contains(document.Pages[0].Items.OfType<TextItem>(), item => item.Text.Contains("keep1", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Pages[0].Items, item => item is RectItem);
    }

    [Fact]
    public void Container_WithAnyOtherName_IsStillAPanel()
    {
        var document = Typesetter.Typeset("::: key-points\nkeep1\n:::\n");

        Assert.Contains(document.Pages[0].Items, item => item is RectItem);
    }
}
