using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Layout;
using Briefings.Typesetting.Layout.Elements;
using Briefings.Typesetting.Layout.Paging;
using Xunit;

namespace Briefings.Typesetting.Tests.Layout.Elements;

public sealed class KeepRuleTests
{
    private static readonly Size Body = new(200, 100);
    private static readonly PageBody Page = new(Body.Height);

    private static List<List<string>> TextsPerPage(params ColumnItem[] items) =>
        [.. new Paginator(Body, 0, 0).Paginate(new ColumnElement([.. items])).Select(page => page.OfType<TextItem>().Select(item => item.Text).ToList())];

    [Fact]
    public void KeepTogether_MovesItsContentToTheNextPage_WhenItWouldBeSplitButAFreshPageHoldsItWhole()
    {
        // 60 pt are left for five 14 pt lines: four would fit, and the widow rule would split them 3 + 2.
        var pages = TextsPerPage(new ColumnItem(new SolidBlock(40), 0), new ColumnItem(new KeepTogetherElement(TestLines.Paragraph(5), Page), 0));

        Assert.Equal(2, pages.Count);
        Assert.Empty(pages[0]);
        Assert.Equal(["p1", "p2", "p3", "p4", "p5"], pages[1]);
    }

    [Fact]
    public void KeepTogether_LeavesItsContentInPlace_WhenItFits()
    {
        var pages = TextsPerPage(new ColumnItem(new SolidBlock(40), 0), new ColumnItem(new KeepTogetherElement(TestLines.Paragraph(4), Page), 0));

        Assert.Equal([["p1", "p2", "p3", "p4"]], pages);
    }

    [Fact]
    public void KeepTogether_SplitsContentTallerThanAPage_InsteadOfMovingItForEver()
    {
        var pages = TextsPerPage(new ColumnItem(new SolidBlock(40), 0), new ColumnItem(new KeepTogetherElement(TestLines.Paragraph(10), Page), 0));

        Assert.Equal(["p1", "p2", "p3", "p4"], pages[0]);
        Assert.Equal(["p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9", "p10"], pages.SelectMany(texts => texts));
    }

    [Fact]
    public void KeepTogether_MovesAHeadingBoundToIt_WithItsContent()
    {
        var kept = new KeepTogetherElement(TestLines.Paragraph(5), Page);
        var pages = TextsPerPage(new ColumnItem(new SolidBlock(20), 0), new ColumnItem(new KeepWithNextElement(TestLines.Paragraph(1, prefix: "h"), kept, 0, Page), 0));

        Assert.Empty(pages[0]);
        Assert.Equal(["h1", "p1", "p2", "p3", "p4", "p5"], pages[1]);
    }

    [Fact]
    public void EnsureSpace_StartsItsContentOnANewPage_WhenLessThanItsHeightIsLeft()
    {
        var pages = TextsPerPage(new ColumnItem(new SolidBlock(60), 0), new ColumnItem(new EnsureSpaceElement(TestLines.Paragraph(1), 50, Page), 0));

        Assert.Equal([[], ["p1"]], pages);
    }

    [Fact]
    public void EnsureSpace_LeavesItsContentInPlace_WhenEnoughIsLeft()
    {
        var pages = TextsPerPage(new ColumnItem(new SolidBlock(40), 0), new ColumnItem(new EnsureSpaceElement(TestLines.Paragraph(1), 50, Page), 0));

        Assert.Equal([["p1"]], pages);
    }

    [Fact]
    public void EnsureSpace_StaysOnAFreshPage_WhenItAsksForMoreThanAPageHolds()
    {
        var pages = TextsPerPage(new ColumnItem(new EnsureSpaceElement(TestLines.Paragraph(2), 500, Page), 0));

        Assert.Equal([["p1", "p2"]], pages);
    }

    [Fact]
    public void EnsureSpace_BreaksNoPage_WhenItHasNoContent()
    {
        var pages = TextsPerPage(new ColumnItem(new SolidBlock(60), 0), new ColumnItem(new EnsureSpaceElement(TestLines.Paragraph(0), 50, Page), 0));

        Assert.Single(pages);
    }
}
