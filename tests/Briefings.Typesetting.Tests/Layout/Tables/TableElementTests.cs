using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Layout.Elements;
using Briefings.Typesetting.Layout.Paging;
using Briefings.Typesetting.Layout.Tables;
using Xunit;

namespace Briefings.Typesetting.Tests.Layout.Tables;

public sealed class TableElementTests
{
    // A 100 pt page holds seven 14 pt lines; rows have 2 pt padding above and below.
    private static readonly Size Body = new(200, 100);
    private static readonly TableStyle Style = new(2, Rgb.Black, Rgb.Black, null, Rgb.Black);

    private static TableRow Row(string prefix, int lines) =>
        new([new TableCell(TestLines.Paragraph(lines, prefix: prefix).Lines), new TableCell(TestLines.Paragraph(1, prefix: prefix + "-b").Lines)],
            [2, 102]);

    private static TableElement Table(TableRow? header, params TableRow[] rows) => new(header, [.. rows], Body.Width, Style, Body.Height);

    private static List<List<string>> PageTexts(params ColumnItem[] items) =>
        [.. new Paginator(Body, 0, 0).Paginate(new ColumnElement([.. items]))
            .Select(page => page.OfType<TextItem>().OrderBy(item => item.Baseline).ThenBy(item => item.X).Select(item => item.Text).ToList())];

    [Fact]
    public void Paginate_RepeatsTheHeaderRow_AtTheTopOfEveryPageTheTableSpans()
    {
        var rows = Enumerable.Range(1, 12).Select(i => Row($"r{i}.", 1)).ToArray();

        var pages = PageTexts(new ColumnItem(Table(Row("h", 1), rows), 0));

        Assert.True(pages.Count >= 3);
        Assert.All(pages, page => Assert.Equal("h1", page[0]));
        Assert.Equal(rows.Length, pages.SelectMany(page => page).Count(text => text.EndsWith("-b1", StringComparison.Ordinal) && text.StartsWith('r')));
    }

    [Fact]
    public void Paginate_MovesARowToTheNextPageWhole_WhenItFitsOnAPage()
    {
        var pages = PageTexts(new ColumnItem(Table(null, Row("a", 4), Row("b", 4)), 0));

        Assert.Equal(["a1", "a-b1", "a2", "a3", "a4"], pages[0]);
        Assert.Equal(["b1", "b-b1", "b2", "b3", "b4"], pages[1]);
    }

    [Fact]
    public void Paginate_SplitsARowBetweenLines_WhenTheRowIsTallerThanAPage()
    {
        var pages = PageTexts(new ColumnItem(Table(Row("h", 1), Row("t", 20)), 0));

        var body = pages.SelectMany(page => page.Where(text => text != "h1")).Where(text => !text.Contains('-')).ToList();
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"t{i}"), body);
        Assert.All(pages, page => Assert.Equal("h1", page[0]));
    }

    [Fact]
    public void Paginate_NeverLeavesTheHeaderAloneAtThePageFoot()
    {
        // 70 pt of solid content leaves room for the header and part of the first row only.
        var pages = PageTexts(new ColumnItem(new SolidBlock(70), 0), new ColumnItem(Table(Row("h", 1), Row("a", 3)), 0));

        Assert.Empty(pages[0]);
        Assert.Equal(["h1", "h-b1", "a1", "a-b1", "a2", "a3"], pages[1]);
    }

    [Fact]
    public void Paginate_DrawsEveryItemOfALongTableInsideThePage()
    {
        var rows = Enumerable.Range(1, 30).Select(i => Row($"r{i}.", 1 + i % 9)).ToArray();

        var pages = new Paginator(Body, 0, 0).Paginate(new ColumnElement([new ColumnItem(Table(Row("h", 2), rows), 0)]));

        foreach (var item in pages.SelectMany(page => page))
        {
            var (top, bottom) = item switch
            {
                TextItem text => (text.Baseline - 10.5, text.Baseline),
                RectItem rect => (rect.Y, rect.Y + rect.Height),
                LineItem line => (Math.Min(line.Y1, line.Y2), Math.Max(line.Y1, line.Y2)),
                _ => (0.0, 0.0),
            };
            Assert.InRange(top, -Tolerance.Points, Body.Height + Tolerance.Points);
            Assert.InRange(bottom, -Tolerance.Points, Body.Height + Tolerance.Points);
        }
    }

    [Fact]
    public void Paginate_LetsAHeaderTooTallToRepeatStandAlone_WhenItAndTheFirstRowCannotShareAPage()
    {
        var pages = PageTexts(new ColumnItem(Table(Row("h", 4), Row("a", 5)), 0));

        Assert.Equal(["h1", "h-b1", "h2", "h3", "h4"], pages[0]);
        Assert.Equal(["a1", "a-b1", "a2", "a3", "a4", "a5"], pages[1]);
    }
}
