using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Elements;

/// <summary>
/// Starts its content on a new page when less than <paramref name="height"/> points are left on this one.
/// On a fresh page it never moves, however much it asks for.
/// </summary>
internal sealed class EnsureSpaceElement(Element content, double height, PageBody page) : PageBreakRuleElement(content)
{
    protected override string Reason => $"ensuring {height:0.##} pt of space";

    protected override bool MovesOn(SpacePlan plan, Size available) =>
        plan.Kind != SpacePlanKind.Empty && !page.IsFresh(available) && !Tolerance.FitsWithin(height, available.Height);
}
