using System.Collections.Immutable;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Layout.Text;

namespace Briefings.Typesetting.Layout.Elements;

/// <summary>
/// Lines broken at the column width (possibly not yet: see <see cref="DeferredLines"/>); pages take
/// whole lines. A page never ends after a paragraph's first line alone (orphan) nor starts with its
/// last line alone (widow).
/// </summary>
internal sealed class ParagraphElement(DeferredLines deferred) : Element
{
    private int _nextLine;

    public ParagraphElement(ImmutableArray<TextLine> lines) : this(DeferredLines.Of(lines))
    {
    }

    public ImmutableArray<TextLine> Lines => deferred.Value;


    public override SpacePlan Measure(Size available)
    {
        var remaining = Lines.Length - _nextLine;
        if (remaining == 0)
            return SpacePlan.Empty();

        var fitting = 0;
        var height = 0.0;
        while (fitting < remaining && Tolerance.FitsWithin(height + Lines[_nextLine + fitting].Height, available.Height))
            height += Lines[_nextLine + fitting++].Height;

        if (fitting == remaining)
            return SpacePlan.Full(new Size(available.Width, height));

        var keep = KeepableLines(fitting, remaining);
        if (keep == 0)
            return SpacePlan.Wrap("not enough room for two lines of the paragraph");
        return SpacePlan.Partial(new Size(available.Width, HeightOf(keep)));
    }

    public override void Draw(Size available, Canvas canvas)
    {
        var plan = Measure(available);
        var count = plan.Kind switch
        {
            SpacePlanKind.FullRender => Lines.Length - _nextLine,
            SpacePlanKind.PartialRender => LinesIn(plan.Size.Height),
            _ => 0,
        };
        var y = 0.0;
        for (var i = 0; i < count; i++)
        {
            canvas.DrawTextLine(Lines[_nextLine + i], y);
            y += Lines[_nextLine + i].Height;
        }
        _nextLine += count;
    }

    public override void ResetCursor() => _nextLine = 0;

    public override string Describe()
    {
        var text = Lines.IsEmpty ? "" : Lines[0].Text;
        return $"paragraph \"{(text.Length > 40 ? text[..40] + "…" : text)}\"";
    }

    /// <summary>How many of the fitting lines may end this page without leaving an orphan or a widow.</summary>
    private static int KeepableLines(int fitting, int remaining)
    {
        if (remaining < 4 && fitting < remaining)
            return remaining <= 2 || fitting < 2 ? 0 : Math.Min(fitting, remaining - 2);
        if (fitting < 2)
            return 0;
        return remaining - fitting == 1 ? fitting - 1 : fitting;
    }

    private double HeightOf(int count)
    {
        var height = 0.0;
        for (var i = 0; i < count; i++)
            height += Lines[_nextLine + i].Height;
        return height;
    }

    private int LinesIn(double height)
    {
        var count = 0;
        var used = 0.0;
        while (_nextLine + count < Lines.Length && Tolerance.FitsWithin(used + Lines[_nextLine + count].Height, height))
            used += Lines[_nextLine + count++].Height;
        return count;
    }
}
