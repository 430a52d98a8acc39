using System.Collections.Immutable;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Tables;

/// <summary>
/// A table: an optional header row, repeated at the top of every page the table continues on,
/// then body rows that move to the next page whole unless a row is taller than a page.
/// </summary>
internal sealed class TableElement(TableRow? header, ImmutableArray<TableRow> body, double width, TableStyle style, double pageHeight) : Element
{
    private const double HeaderRule = 0.8;
    private const double RowRule = 0.4;

    /// <summary>The header, then the body rows.</summary>
    private readonly ImmutableArray<TableRow> _rows = header is null ? body : [header, .. body];
    private int _next;

    public override SpacePlan Measure(Size available) => Plan(available, canvas: null);

    public override void Draw(Size available, Canvas canvas) => Plan(available, canvas);

    public override void ResetCursor()
    {
        _next = 0;
        foreach (var row in _rows)
            row.ResetCursor();
    }

    public override string Describe() => _next < _rows.Length ? $"table > {_rows[_next].Describe()}" : "table";

    /// <summary>A header repeats only when it is short; a tall one would crowd out the rows it heads.</summary>
    private bool RepeatsHeader => header is not null && !body.IsEmpty && Padded(header.Height) <= pageHeight / 4;

    private SpacePlan Plan(Size available, Canvas? canvas)
    {
        if (_next >= _rows.Length)
            return SpacePlan.Empty();

        var y = 0.0;
        var rowsPlaced = 0;
        var continuing = _next > 0 && RepeatsHeader;
        if (continuing)
        {
            if (canvas is not null)
            {
                header!.ResetCursor();
                DrawRow(header, isHeader: true, bodyIndex: 0, top: 0, canvas, header.Height);
            }
            y = Padded(header!.Height);
        }

        // A row no taller than what a fresh page offers is kept whole; a taller one must split.
        var freshPageRoom = pageHeight - (RepeatsHeader ? Padded(header!.Height) : 0);
        var i = _next;
        for (; i < _rows.Length; i++)
        {
            var row = _rows[i];
            var isHeader = header is not null && i == 0;
            var needed = Padded(row.RemainingHeight);
            var room = available.Height - y;
            double drawn;
            if (Tolerance.FitsWithin(needed, room))
                drawn = row.RemainingHeight;
            else if (needed > freshPageRoom && row.FittingHeight(room - 2 * style.Padding) is > 0 and var part)
                drawn = part;
            else
                break;

            if (canvas is not null)
            {
                DrawRow(row, isHeader, i - (header is null ? 0 : 1), y, canvas, drawn);
                if (row.IsDone)
                    _next = i + 1;
            }
            y += Padded(drawn);
            // A header too tall to repeat is an ordinary row: it may stand alone at the foot of a page.
            if (!isHeader || !RepeatsHeader)
                rowsPlaced++;
            if (!Tolerance.FitsWithin(needed, room))
                return SpacePlan.Partial(new Size(width, y));
        }

        // A header alone at the foot of a page says nothing: it goes with the first row.
        var placedSomething = rowsPlaced > 0 || (body.IsEmpty && i > _next);
        if (!placedSomething)
            return SpacePlan.Wrap("not enough room for the next table row");
        return i == _rows.Length ? SpacePlan.Full(new Size(width, y)) : SpacePlan.Partial(new Size(width, y));
    }

    private void DrawRow(TableRow row, bool isHeader, int bodyIndex, double top, Canvas canvas, double textHeight)
    {
        var background = canvas.Mark;
        var height = Padded(textHeight);
        canvas.BeginTag(StructureTag.TR);
        row.Draw(canvas.Translate(0, top + style.Padding), textHeight, isHeader ? StructureTag.TH : StructureTag.TD);
        canvas.EndTag();
        if (isHeader)
            canvas.FillRect(0, top, width, height, style.HeaderFill, insertAt: background);
        else if (style.ZebraFill is { } zebra && bodyIndex % 2 == 1)
            canvas.FillRect(0, top, width, height, zebra, insertAt: background);
        var isLast = row.IsDone && row == _rows[^1];
        var rule = isHeader || isLast ? HeaderRule : RowRule;
        canvas.DrawLine(0, top + height - rule / 2, width, top + height - rule / 2, rule, isHeader || isLast ? style.HeaderRuleColor : style.RuleColor);
    }

    private double Padded(double textHeight) => textHeight + 2 * style.Padding;
}
