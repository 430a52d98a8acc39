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
/// header row bold and repeated on every page.
/// </summary>
internal sealed class TableRenderer : MarkdownObjectRenderer<LayoutRenderer, Table>
{
    protected override void Write(LayoutRenderer renderer, Table table)
    {
        var theme = renderer.Theme;
        var padding = theme.TableCellPadding;
        var rows = table.OfType<Markdig.Extensions.Tables.TableRow>().ToList();
        var columns = Math.Max(table.ColumnDefinitions.Count, rows.Count == 0 ? 0 : rows.Max(row => row.Count));
        if (columns == 0)
            return;

        var styles = rows.Select(row => StyleOf(theme, row)).ToList();
        var words = new ImmutableArray<Word>[rows.Count][];
        for (var r = 0; r < rows.Count; r++)
        {
            words[r] = new ImmutableArray<Word>[columns];
            for (var column = 0; column < columns; column++)
                words[r][column] = renderer.Words(CellSpans(renderer, rows[r], column, styles[r]));
        }
        var plan = new TableLayoutPlanner(padding, theme.TableGutter).Plan(words, columns, renderer.Width);

        var built = new List<LayoutTableRow>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = new LayoutTableCell[columns];
            for (var column = 0; column < columns; column++)
                cells[column] = new LayoutTableCell(renderer.Lines(words[r][column], styles[r], theme.TableLeading,
                    Alignment(table, column), plan.TextWidths[column]));
            built.Add(new LayoutTableRow(ImmutableCollectionsMarshal.AsImmutableArray(cells), plan.TextX));
        }
        var header = rows.Count > 0 && rows[0].IsHeader ? built[0] : null;
        var body = header is null ? built : built.Skip(1);

        var style = new TableStyle(padding, theme.RuleColor, theme.PanelColor, theme.TableZebra ? theme.ZebraColor : null, theme.AccentColor);
        renderer.AddBlock(new TaggedElement(StructureTag.Table, new TableElement(header, [.. body], renderer.Width, style, renderer.PageHeight)),
            theme.ParagraphSpacing * 1.5);
    }

    private static TextStyle StyleOf(Theme theme, Markdig.Extensions.Tables.TableRow row) =>
        row.IsHeader ? theme.Sans(theme.TableTextSize).Bold() : theme.Sans(theme.TableTextSize);

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
