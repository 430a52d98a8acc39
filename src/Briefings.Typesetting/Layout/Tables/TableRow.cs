using System.Collections.Immutable;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Tables;

/// <summary>
/// One row of cells side by side. A row that fits on a page is never split; one taller than a
/// whole page is split between lines, each cell continuing on the next page where it stopped.
/// </summary>
internal sealed class TableRow(ImmutableArray<TableCell> cells, ImmutableArray<double> columnX)
{
    private readonly int[] _nextLine = new int[cells.Length];
    private double? _height;

    /// <summary>The height of the whole row, without padding.</summary>
    public double Height => _height ??= Tallest(cells);

    private static double Tallest(ImmutableArray<TableCell> cells)
    {
        var tallest = 0.0;
        foreach (var cell in cells)
            tallest = Math.Max(tallest, cell.Height);
        return tallest;
    }

    public bool IsDone
    {
        get
        {
            for (var i = 0; i < cells.Length; i++)
                if (_nextLine[i] < cells[i].Lines.Length)
                    return false;
            return true;
        }
    }

    /// <summary>The height of what is left of the row, without padding.</summary>
    public double RemainingHeight
    {
        get
        {
            var tallest = 0.0;
            for (var i = 0; i < cells.Length; i++)
                tallest = Math.Max(tallest, HeightFrom(i, _nextLine[i], int.MaxValue));
            return tallest;
        }
    }

    /// <summary>The height of the lines that fit in <paramref name="height"/>; 0 when no line fits.</summary>
    public double FittingHeight(double height)
    {
        var tallest = 0.0;
        for (var i = 0; i < cells.Length; i++)
            tallest = Math.Max(tallest, HeightFrom(i, _nextLine[i], LinesFitting(i, height)));
        return tallest;
    }

    /// <summary>Draws the lines of each cell that fit in <paramref name="height"/> and moves past them.</summary>
    public void Draw(Canvas canvas, double height, StructureTag cellTag)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            canvas.BeginTag(cellTag);
            var count = LinesFitting(i, height);
            var y = 0.0;
            var cellCanvas = canvas.Translate(columnX[i], 0);
            for (var k = 0; k < count; k++)
            {
                var line = cells[i].Lines[_nextLine[i] + k];
                cellCanvas.DrawTextLine(line, y);
                y += line.Height;
            }
            _nextLine[i] += count;
            canvas.EndTag();
        }
    }

    public void ResetCursor() => Array.Clear(_nextLine);

    public string Describe()
    {
        var first = cells.FirstOrDefault(cell => !cell.Lines.IsEmpty)?.Lines[0].Text ?? "";
        return $"table row \"{(first.Length > 30 ? first[..30] + "…" : first)}\"";
    }

    private int LinesFitting(int cell, double height)
    {
        var lines = cells[cell].Lines;
        var count = 0;
        var used = 0.0;
        while (_nextLine[cell] + count < lines.Length && Tolerance.FitsWithin(used + lines[_nextLine[cell] + count].Height, height))
            used += lines[_nextLine[cell] + count++].Height;
        return count;
    }

    private double HeightFrom(int cell, int start, int count)
    {
        var lines = cells[cell].Lines;
        var height = 0.0;
        for (var k = start; k < lines.Length && k - start < count; k++)
            height += lines[k].Height;
        return height;
    }
}
