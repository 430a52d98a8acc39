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
/// GFM pipe tables in the small sans: column widths from content, cells wrapped at their column's
/// width and aligned as the delimiter row says, header row bold and repeated on every page.
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

        // Loops rather than LINQ over the columns' doubles: see ColumnWidths.
        var words = new ImmutableArray<Word>[rows.Count][];
        var minimum = new double[columns];
        var maximum = new double[columns];
        var styles = rows.Select(row => StyleOf(theme, row)).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            words[r] = new ImmutableArray<Word>[columns];
            for (var column = 0; column < columns; column++)
            {
                words[r][column] = renderer.Words(CellSpans(renderer, rows[r], column, styles[r]));
                minimum[column] = Math.Max(minimum[column], Widest(words[r][column]));
                maximum[column] = Math.Max(maximum[column], OneLine(words[r][column]));
            }
        }
        for (var column = 0; column < columns; column++)
        {
            minimum[column] += 2 * padding;
            maximum[column] += 2 * padding;
        }
        var widths = ColumnWidths.Distribute(minimum, maximum, renderer.Width);
        var textX = new double[columns];
        var x = 0.0;
        for (var column = 0; column < columns; column++)
        {
            textX[column] = x + padding;
            x += widths[column];
        }

        var built = new List<LayoutTableRow>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = new LayoutTableCell[columns];
            for (var column = 0; column < columns; column++)
                cells[column] = new LayoutTableCell(renderer.Lines(words[r][column], styles[r], theme.TableLeading,
                    Alignment(table, column), Math.Max(1, widths[column] - 2 * padding)));
            built.Add(new LayoutTableRow(ImmutableCollectionsMarshal.AsImmutableArray(cells), ImmutableCollectionsMarshal.AsImmutableArray(textX)));
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

    private static double Widest(ImmutableArray<Word> words)
    {
        var widest = 0.0;
        foreach (var word in words)
            widest = Math.Max(widest, word.Width);
        return widest;
    }

    private static double OneLine(ImmutableArray<Word> words)
    {
        double widths = 0, spaces = 0;
        for (var i = 0; i < words.Length; i++)
        {
            widths += words[i].Width;
            if (i < words.Length - 1)
                spaces += words[i].SpaceAfter;
        }
        return widths + spaces;
    }
}
