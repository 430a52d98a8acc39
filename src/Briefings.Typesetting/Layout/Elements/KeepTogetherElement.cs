using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Elements;

/// <summary>
/// Keeps its content on one page: it moves the content to the next page when it would be split here
/// but a fresh page would hold it whole. Content taller than a page is split as usual.
/// </summary>
internal sealed class KeepTogetherElement(Element content, PageBody page) : Element
{
    private bool _started;

    public override SpacePlan Measure(Size available)
    {
        var plan = content.Measure(available);
        if (!_started && plan.Kind == SpacePlanKind.PartialRender && !page.IsFresh(available) && page.WouldHoldWhole(content, available.Width))
            return SpacePlan.Wrap("keeping a block together on one page");
        return plan;
    }

    public override void Draw(Size available, Canvas canvas)
    {
        if (Measure(available).IsWrap)
            return;
        content.Draw(available, canvas);
        _started = true;
    }

    public override void ResetCursor()
    {
        _started = false;
        content.ResetCursor();
    }

    public override string Describe() => content.Describe();
}
