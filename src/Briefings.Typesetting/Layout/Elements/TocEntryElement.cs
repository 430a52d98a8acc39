using System.Collections.Immutable;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Layout.Text;

namespace Briefings.Typesetting.Layout.Elements;

/// <summary>
/// One line of a table of contents: the heading's title (wrapped, indented by level), dot leaders,
/// and the page number flush right in a column of fixed width, so that the numbers a second layout
/// pass fills in cannot change the entry's height. Title and number link to the heading.
/// </summary>
internal sealed class TocEntryElement(ImmutableArray<TextLine> title, double indent, string number, double numberWidth,
    TextStyle style, double numberColumn, string link, double dotWidth) : BlockElement
{
    protected override double Height { get; } = TextLine.TotalHeight(title);

    protected override string WrapReason => "not enough room for the contents entry";

    protected override void DrawBlock(Size available, Canvas canvas)
    {
        canvas.BeginTag(StructureTag.TOCI);
        var y = 0.0;
        foreach (var line in title)
        {
            canvas.Translate(indent, 0).DrawTextLine(line, y);
            y += line.Height;
        }
        var last = title[^1];
        var baseline = y - last.Height + last.Baseline;
        if (number.Length > 0)
        {
            canvas.BeginTag(StructureTag.P);
            canvas.DrawText(available.Width - numberWidth, baseline, numberWidth, number, style, link);
            canvas.EndTag();
        }
        DrawLeaders(canvas, indent + last.Width, available.Width - numberColumn, baseline);
        canvas.EndTag();
    }

    /// <summary>Dots on a grid shared by every entry, so that leaders line up down the page.</summary>
    private void DrawLeaders(Canvas canvas, double from, double to, double baseline)
    {
        var step = dotWidth * 2;
        var first = Math.Ceiling((from + step) / step) * step;
        var count = (int)Math.Floor((to - first) / step);
        if (count <= 0)
            return;
        canvas.BeginTag(StructureTag.Artifact);
        for (var i = 0; i < count; i++)
            canvas.DrawText(first + i * step, baseline, dotWidth, ".", style);
        canvas.EndTag();
    }

    public override string Describe() => $"contents entry \"{(title.IsEmpty ? "" : title[0].Text)}\"";
}
