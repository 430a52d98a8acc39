using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Elements;

/// <summary>
/// Starts its content on a new page when less than <paramref name="height"/> points are left on this one.
/// On a fresh page it never moves, however much it asks for.
/// </summary>
internal sealed class EnsureSpaceElement(Element content, double height, PageBody page) : Element
{
    private bool _started;

    public override SpacePlan Measure(Size available)
    {
        var plan = content.Measure(available);
        if (!_started && plan.Kind != SpacePlanKind.Empty && !page.IsFresh(available) && !Tolerance.FitsWithin(height, available.Height))
            return SpacePlan.Wrap($"ensuring {height:0.##} pt of space");
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
