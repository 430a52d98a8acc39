using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Elements;

/// <summary>
/// Keeps its content on one page: it moves the content to the next page when it would be split here
/// but a fresh page would hold it whole. Content taller than a page is split as usual.
/// </summary>
internal sealed class KeepTogetherElement(Element content, PageBody page) : PageBreakRuleElement(content)
{
    protected override string Reason => "keeping a block together on one page";

    protected override bool MovesOn(SpacePlan plan, Size available) =>
        plan.Kind == SpacePlanKind.PartialRender && !page.IsFresh(available) && page.WouldHoldWhole(Content, available.Width);
}
