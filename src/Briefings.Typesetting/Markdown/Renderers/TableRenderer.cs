using System.Collections.Immutable;
using Briefings.Typesetting.Layout.Tables;
using Briefings.Typesetting.Layout.Text;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;
using LayoutTableCell = Briefings.Typesetting.Layout.Tables.TableCell;
using LayoutTableRow = Briefings.Typesetting.Layout.Tables.TableRow;

using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Layout.Elements;

namespace Briefings.Typesetting.Markdown.Renderers;

/// <summary>
/// GFM pipe tables in the small sans: column widths from content, cells wrapped at their column's
/// width and aligned as the delimiter row says, header row bold and repeated on every page.
/// </summary>
public sealed class TableRenderer : MarkdownObjectRenderer<LayoutRenderer, Table>
{
    protected override void Write(LayoutRenderer renderer, Table table)
    {
        var theme = renderer.Theme;
        var padding = theme.TableCellPadding;
        var rows = table.OfType<Markdig.Extensions.Tables.TableRow>().ToList();
        var columns = Math.Max(table.ColumnDefinitions.Count, rows.Count == 0 ? 0 : rows.Max(row => row.Count));
        if (columns == 0)
            return;

        var words = rows.Select(row => Enumerable.Range(0, columns)
            .Select(column => renderer.Words(CellSpans(renderer, row, column, StyleOf(theme, row)))).ToList()).ToList();
        var minimum = Enumerable.Range(0, columns).Select(column => words.Max(row => Widest(row[column])) + 2 * padding).ToList();
        var maximum = Enumerable.Range(0, columns).Select(column => words.Max(row => OneLine(row[column])) + 2 * padding).ToList();
        var widths = ColumnWidths.Distribute(minimum, maximum, renderer.Width);
        var textX = Enumerable.Range(0, columns).Select(column => widths.Take(column).Sum() + padding).ToImmutableArray();

        var built = rows.Select((row, r) => new LayoutTableRow(
            [.. Enumerable.Range(0, columns).Select(column => new LayoutTableCell(renderer.Lines(words[r][column], StyleOf(theme, row),
                theme.TableLeading, Alignment(table, column), Math.Max(1, widths[column] - 2 * padding))))],
            textX)).ToList();
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

    private static double Widest(ImmutableArray<Word> words) => words.IsEmpty ? 0 : words.Max(word => word.Width);

    private static double OneLine(ImmutableArray<Word> words) =>
        words.Sum(word => word.Width) + words.Take(Math.Max(0, words.Length - 1)).Sum(word => word.SpaceAfter);
}
