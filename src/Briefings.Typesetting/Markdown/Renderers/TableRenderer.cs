using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Layout.Elements;
using Briefings.Typesetting.Layout.Tables;
using Briefings.Typesetting.Layout.Text;
using Briefings.Typesetting.Themes;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;

using LayoutTableCell = Briefings.Typesetting.Layout.Tables.TableCell;
using LayoutTableRow = Briefings.Typesetting.Layout.Tables.TableRow;


namespace Briefings.Typesetting.Markdown.Renderers;

/// <summary>
/// GFM pipe tables in the small sans: the cells' words go to <see cref="TableLayoutPlanner"/> for
/// the columns; cells are wrapped at their column's width and aligned as the delimiter row says, the
/// header row bold and repeated on every page. A table whose longest words do not fit side by side is
/// set smaller (the theme's <c>TableSmallestSizeRatio</c>), and if that is not enough, each row is set
/// as a stack of header/value pairs: never one letter per line.
/// </summary>
internal sealed class TableRenderer : MarkdownObjectRenderer<LayoutRenderer, Table>
{
    protected override void Write(LayoutRenderer renderer, Table table)
    {
        var theme = renderer.Theme;
        var rows = table.OfType<Markdig.Extensions.Tables.TableRow>().ToList();
        var columns = Math.Max(table.ColumnDefinitions.Count, rows.Count == 0 ? 0 : rows.Max(row => row.Count));
        if (columns == 0)
            return;

        foreach (var scale in (ReadOnlySpan<double>)[1, theme.TableSmallestSizeRatio])
        {
            var setting = TableSetting.At(theme, scale);
            var words = new ImmutableArray<Word>[rows.Count][];
            for (var r = 0; r < rows.Count; r++)
            {
                words[r] = new ImmutableArray<Word>[columns];
                for (var column = 0; column < columns; column++)
                    words[r][column] = renderer.Words(CellSpans(renderer, rows[r], column, setting.StyleOf(rows[r])));
            }
            var plan = setting.Planner.Plan(words, columns, renderer.Width);
            if (!plan.WordsFit)
                continue;
            AddTable(renderer, table, rows, words, plan, setting);
            return;
        }

        renderer.Warnings.Add($"line {table.Line + 1}: a table of {columns} columns does not fit the page even at {theme.TableSmallestSizeRatio:0%} of its size; each row is set as a list of its header and value pairs.");
        AddStacked(renderer, rows, columns, TableSetting.At(theme, 1));
    }

    private static void AddTable(LayoutRenderer renderer, Table table, List<Markdig.Extensions.Tables.TableRow> rows,
        ImmutableArray<Word>[][] words, TablePlan plan, TableSetting setting)
    {
        var built = new List<LayoutTableRow>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = new LayoutTableCell[words[r].Length];
            for (var column = 0; column < cells.Length; column++)
                cells[column] = new LayoutTableCell(renderer.Lines(words[r][column], setting.StyleOf(rows[r]), setting.Leading,
                    Alignment(table, column), plan.TextWidths[column]));
            built.Add(new LayoutTableRow(ImmutableCollectionsMarshal.AsImmutableArray(cells), plan.TextX));
        }
        var header = rows.Count > 0 && rows[0].IsHeader ? built[0] : null;
        var body = header is null ? built : built.Skip(1);
        AddElement(renderer, header, [.. body], setting);
    }

    /// <summary>
    /// The header row once, as a line of column names, then each body row as a two-column table of its
    /// own: the column's header (or its number, in a table without one) beside the row's value.
    /// </summary>
    private static void AddStacked(LayoutRenderer renderer, List<Markdig.Extensions.Tables.TableRow> rows, int columns, TableSetting setting)
    {
        var hasHeader = rows.Count > 0 && rows[0].IsHeader;
        var labelStyle = setting.Body.Bold();
        if (hasHeader)
        {
            var names = ImmutableArray.CreateBuilder<StyledSpan>();
            for (var column = 0; column < columns; column++)
            {
                if (column > 0)
                    names.Add(new StyledSpan(" · ", labelStyle));
                names.AddRange(CellSpans(renderer, rows[0], column, labelStyle));
            }
            renderer.AddBlock(new TaggedElement(StructureTag.P,
                renderer.Paragraph(names.ToImmutable(), labelStyle, setting.Leading, TextAlignment.Left)), renderer.Theme.ParagraphSpacing * 1.5);
        }

        var labels = new ImmutableArray<Word>[columns];
        for (var column = 0; column < columns; column++)
            labels[column] = hasHeader
                ? renderer.Words(CellSpans(renderer, rows[0], column, labelStyle))
                : renderer.Words([new StyledSpan($"Column {column + 1}", labelStyle)]);

        foreach (var row in hasHeader ? rows.Skip(1) : rows)
        {
            var pairs = new ImmutableArray<Word>[columns][];
            for (var column = 0; column < columns; column++)
                pairs[column] = [labels[column], renderer.Words(CellSpans(renderer, row, column, setting.Body))];
            var plan = setting.Planner.Plan(pairs, 2, renderer.Width);
            var built = new LayoutTableRow[columns];
            for (var column = 0; column < columns; column++)
                built[column] = new LayoutTableRow([
                    new LayoutTableCell(renderer.Lines(pairs[column][0], labelStyle, setting.Leading, TextAlignment.Left, plan.TextWidths[0])),
                    new LayoutTableCell(renderer.Lines(pairs[column][1], setting.Body, setting.Leading, TextAlignment.Left, plan.TextWidths[1])),
                ], plan.TextX);
            AddElement(renderer, header: null, ImmutableCollectionsMarshal.AsImmutableArray(built), setting);
        }
    }

    private static void AddElement(LayoutRenderer renderer, LayoutTableRow? header, ImmutableArray<LayoutTableRow> body, TableSetting setting)
    {
        var theme = renderer.Theme;
        var style = new TableStyle(setting.Padding, theme.RuleColor, theme.PanelColor, theme.TableZebra ? theme.ZebraColor : null, theme.AccentColor);
        renderer.AddBlock(new TaggedElement(StructureTag.Table, new TableElement(header, body, renderer.Width, style, renderer.PageHeight)),
            theme.ParagraphSpacing * 1.5);
    }

    /// <summary>The table's text size, leading, padding and gutter, all at one scale of the theme's.</summary>
    private sealed record TableSetting(TextStyle Body, double Leading, double Padding, TableLayoutPlanner Planner)
    {
        public static TableSetting At(Theme theme, double scale) => new(
            theme.Sans(theme.TableTextSize * scale), theme.TableLeading * scale, theme.TableCellPadding * scale,
            new TableLayoutPlanner(theme.TableCellPadding * scale, theme.TableGutter * scale));

        public TextStyle StyleOf(Markdig.Extensions.Tables.TableRow row) => row.IsHeader ? Body.Bold() : Body;
    }

    /// <summary>The cell's paragraphs as one run of text; a row with fewer cells than the table gets empty ones.</summary>
    private static ImmutableArray<StyledSpan> CellSpans(LayoutRenderer renderer, Markdig.Extensions.Tables.TableRow row, int column, TextStyle style)
    {
        var cell = row.OfType<Markdig.Extensions.Tables.TableCell>().FirstOrDefault(cell => cell.ColumnIndex == column)
            ?? (column < row.Count && row[column] is Markdig.Extensions.Tables.TableCell positional ? positional : null);
        if (cell is null)
            return [];
        var spans = ImmutableArray.CreateBuilder<StyledSpan>();
        foreach (var paragraph in cell.Descendants<ParagraphBlock>())
        {
            if (spans.Count > 0)
                spans.Add(StyledSpan.LineBreak(style));
            spans.AddRange(renderer.Spans(paragraph.Inline, style));
        }
        return spans.ToImmutable();
    }

    private static TextAlignment Alignment(Table table, int column) =>
        column < table.ColumnDefinitions.Count
            ? table.ColumnDefinitions[column].Alignment switch
            {
                TableColumnAlign.Center => TextAlignment.Center,
                TableColumnAlign.Right => TextAlignment.Right,
                _ => TextAlignment.Left,
            }
            : TextAlignment.Left;
}
