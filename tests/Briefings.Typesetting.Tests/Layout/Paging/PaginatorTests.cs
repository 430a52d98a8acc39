using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Layout;
using Briefings.Typesetting.Layout.Elements;
using Briefings.Typesetting.Layout.Paging;
using Xunit;

namespace Briefings.Typesetting.Tests.Layout.Paging;

public sealed class PaginatorTests
{
    private static readonly Size Body = new(200, 100);

    private static List<List<FrameItem>> Paginate(params ColumnItem[] items) =>
        [.. new Paginator(Body, 0, 0).Paginate(new ColumnElement([.. items])).Select(page => page.ToList())];

    private static List<string> TextsOn(List<FrameItem> page) => [.. page.OfType<TextItem>().Select(item => item.Text)];

    [Fact]
    public void Paginate_MovesSolidBlockToNextPage_WhenItDoesNotFit()
    {
        var pages = Paginate(new ColumnItem(new SolidBlock(60, 1), 0), new ColumnItem(new SolidBlock(60, 2), 10));

        Assert.Equal(2, pages.Count);
        var second = Assert.Single(pages[1].OfType<RectItem>());
        Assert.Equal(2, second.Color.R);
        Assert.Equal(0, second.Y);
    }

    [Fact]
    public void Paginate_DropsGapBeforeBlock_AtTopOfPage()
    {
        var pages = Paginate(new ColumnItem(new SolidBlock(95), 0), new ColumnItem(TestLines.Paragraph(2), 12));

        var first = pages[1].OfType<TextItem>().First();
        Assert.Equal("p1", first.Text);
        Assert.Equal(14 * 0.75, first.Baseline, 3);
    }

    [Fact]
    public void Paginate_Throws_WhenBlockIsTallerThanAnEmptyPage()
    {
        var error = Assert.Throws<LayoutException>(() => Paginate(new ColumnItem(new SolidBlock(150, 7), 0)));

        Assert.Contains("solid block 7", error.Message);
        Assert.Contains("does not fit on an empty page", error.Message);
    }

    [Fact]
    public void Paginate_MovesWholeParagraph_WhenOnlyOneLineWouldFit()
    {
        var pages = Paginate(new ColumnItem(new SolidBlock(80), 0), new ColumnItem(TestLines.Paragraph(5), 0));

        Assert.Empty(TextsOn(pages[0]));
        Assert.Equal(["p1", "p2", "p3", "p4", "p5"], TextsOn(pages[1]));
    }

    [Fact]
    public void Paginate_LeavesNoWidow_WhenParagraphWouldEndWithOneLine()
    {
        // Seven 14 pt lines fill the 100 pt page; an eight-line paragraph would leave one line alone.
        var pages = Paginate(new ColumnItem(TestLines.Paragraph(8), 0));

        Assert.Equal(6, TextsOn(pages[0]).Count);
        Assert.Equal(["p7", "p8"], TextsOn(pages[1]));
    }

    [Fact]
    public void Paginate_EndsThePageALineEarlier_WhenItsLastLineWouldEndInsideAWord()
    {
        // Seven 14 pt lines fill the 100 pt page; the seventh ends "occupa-".
        var lines = TestLines.Paragraph(10).Lines.Select((line, i) => i == 6 ? line with { EndsInsideWord = true } : line);

        var pages = Paginate(new ColumnItem(new ParagraphElement([.. lines]), 0));

        Assert.Equal(["p1", "p2", "p3", "p4", "p5", "p6"], TextsOn(pages[0]));
        Assert.Equal(["p7", "p8", "p9", "p10"], TextsOn(pages[1]));
    }

    [Fact]
    public void Paginate_StillEndsThePageInsideAWord_WhenAnEarlierBreakWouldLeaveAWidowOrOrphan()
    {
        // Three lines on a page that holds seven, after a block leaving room for two: the second line
        // ends inside a word, but moving it would leave one line alone.
        var lines = TestLines.Paragraph(4).Lines.Select((line, i) => i == 1 ? line with { EndsInsideWord = true } : line);

        var pages = Paginate(new ColumnItem(new SolidBlock(70), 0), new ColumnItem(new ParagraphElement([.. lines]), 0));

        Assert.Equal(["p1", "p2"], TextsOn(pages[0]));
        Assert.Equal(["p3", "p4"], TextsOn(pages[1]));
    }

    [Fact]
    public void Paginate_KeepsHeadingWithNextParagraph_WhenAFreshPageHelps()
    {
        var heading = TestLines.Paragraph(1, 20, "h");
        var pages = Paginate(
            new ColumnItem(new SolidBlock(70), 0),
            new ColumnItem(new KeepWithNextElement(heading, TestLines.Paragraph(3), 0, new PageBody(Body.Height)), 0));

        Assert.Empty(TextsOn(pages[0]));
        Assert.Equal(["h1", "p1", "p2", "p3"], TextsOn(pages[1]));
    }

    [Fact]
    public void Paginate_LetsHeadingStandAlone_WhenEvenAFreshPageCannotHoldItWithItsText()
    {
        var heading = TestLines.Paragraph(1, 20, "h");
        var pages = Paginate(new ColumnItem(new KeepWithNextElement(heading, new SolidBlock(90, 3), 0, new PageBody(Body.Height)), 0));

        Assert.Equal(["h1"], TextsOn(pages[0]));
        Assert.Equal(3, Assert.Single(pages[1].OfType<RectItem>()).Color.R);
    }

    [Fact]
    public void Paginate_SplitsAHeadingTallerThanAPage_InsteadOfLoopingForEver()
    {
        var heading = new KeepWithNextElement(TestLines.Paragraph(12, prefix: "h"), TestLines.Paragraph(3), 4, new PageBody(Body.Height));

        var pages = Paginate(new ColumnItem(heading, 0));

        Assert.Equal(["h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8", "h9", "h10", "h11", "h12", "p1", "p2", "p3"], pages.SelectMany(TextsOn));
    }

    [Fact]
    public void Paginate_LaysOutWhatFollowsAnEmptyHeading()
    {
        var empty = TestLines.Paragraph(0, prefix: "h");
        var chained = new KeepWithNextElement(empty, new KeepWithNextElement(TestLines.Paragraph(1, prefix: "h"), TestLines.Paragraph(2), 4, new PageBody(Body.Height)), 4, new PageBody(Body.Height));

        var pages = Paginate(new ColumnItem(chained, 0));

        Assert.Equal(["h1", "p1", "p2"], pages.SelectMany(TextsOn));
    }
}
