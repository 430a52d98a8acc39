using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Briefings.Typesetting.Layout.Text;

namespace Briefings.Typesetting.Layout.Tables;

/// <summary>
/// Plans a table's columns from its cells' words: each column's min-content (its widest word) and
/// max-content (its widest cell on one line) with the cell padding around them and, between columns,
/// at least <paramref name="gutter"/> from one column's text to the next's; then the widths
/// (<see cref="ColumnWidths"/>), where each column's text starts and how wide it may run.
/// </summary>
/// <remarks>Loops rather than LINQ over the columns' doubles: see <see cref="ColumnWidths"/>.</remarks>
internal sealed class TableLayoutPlanner(double padding, double gutter)
{
    /// <param name="cells">Per row, per column: the cell's words (a missing cell has none).</param>
    public TablePlan Plan(IReadOnlyList<ImmutableArray<Word>[]> cells, int columns, double width)
    {
        var minimum = new double[columns];
        var maximum = new double[columns];
        foreach (var row in cells)
        {
            for (var column = 0; column < columns; column++)
            {
                minimum[column] = Math.Max(minimum[column], Widest(row[column]));
                maximum[column] = Math.Max(maximum[column], OneLine(row[column]));
            }
        }
        // Padding keeps text off the rules and fills; the gutter's surplus over the two paddings
        // between columns is set to the right of every column but the last.
        var extra = Math.Max(0, gutter - 2 * padding);
        for (var column = 0; column < columns; column++)
        {
            var around = 2 * padding + (column < columns - 1 ? extra : 0);
            minimum[column] += around;
            maximum[column] += around;
        }

        var widths = ColumnWidths.Distribute(minimum, maximum, width);
        var textX = new double[columns];
        var textWidths = new double[columns];
        var x = 0.0;
        for (var column = 0; column < columns; column++)
        {
            textX[column] = x + padding;
            textWidths[column] = Math.Max(1, widths[column] - 2 * padding - (column < columns - 1 ? extra : 0));
            x += widths[column];
        }
        return new TablePlan(widths, ImmutableCollectionsMarshal.AsImmutableArray(textX), ImmutableCollectionsMarshal.AsImmutableArray(textWidths),
            ColumnWidths.WordsFit(minimum, width));
    }

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
