using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Elements;

/// <summary>
/// Keeps a heading on the same page as the start of what follows it. It moves the heading to the
/// next page only when a fresh page would hold both; otherwise it lets the heading stand alone.
/// </summary>
internal sealed class KeepWithNextElement(Element first, Element next, double gap, PageBody page) : Element
{
    private bool _firstDone;

    public override SpacePlan Measure(Size available) => Plan(available, canvas: null);

    public override void Draw(Size available, Canvas canvas) => Plan(available, canvas);

    public override void ResetCursor()
    {
        _firstDone = false;
        first.ResetCursor();
        next.ResetCursor();
    }

    public override string Describe() => _firstDone ? next.Describe() : first.Describe();

    private SpacePlan Plan(Size available, Canvas? canvas)
    {
        if (_firstDone)
        {
            var rest = next.Measure(available);
            if (canvas is not null && !rest.IsWrap)
                next.Draw(available, canvas);
            return rest;
        }

        var head = first.Measure(available);
        if (head.Kind == SpacePlanKind.Empty)
        {
            // An empty heading ("##") has nothing to keep; what follows it must still be laid out.
            if (canvas is null)
                return next.Measure(available);
            _firstDone = true;
            return Plan(available, canvas);
        }
        if (head.Kind != SpacePlanKind.FullRender)
        {
            // A heading taller than the space left splits like any paragraph; there is nothing to keep it with yet.
            if (canvas is not null && head.Kind == SpacePlanKind.PartialRender)
                first.Draw(available, canvas);
            return head;
        }

        var tailSpace = available.ShrinkHeight(head.Size.Height + gap);
        var tail = next.Measure(tailSpace);
        if (tail.IsWrap && FreshPageWouldHelp(available, head.Size.Height))
            return SpacePlan.Wrap("keeping a heading with the text that follows it");

        if (canvas is not null)
        {
            first.Draw(available, canvas);
            _firstDone = true;
            if (!tail.IsWrap)
                next.Draw(tailSpace, canvas.Translate(0, head.Size.Height + gap));
        }
        return tail.Kind switch
        {
            SpacePlanKind.FullRender or SpacePlanKind.Empty => SpacePlan.Full(available with { Height = head.Size.Height + gap + tail.Size.Height }),
            SpacePlanKind.PartialRender => SpacePlan.Partial(available with { Height = head.Size.Height + gap + tail.Size.Height }),
            _ => SpacePlan.Partial(available with { Height = head.Size.Height }),
        };
    }

    private bool FreshPageWouldHelp(Size available, double headHeight)
    {
        if (page.IsFresh(available))
            return false;
        return !next.Measure(page.Fresh(available.Width, headHeight + gap)).IsWrap;
    }
}
