using System.Collections.Immutable;
using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Elements;

/// <summary>
/// Children stacked top to bottom. The gap before a child is dropped at the top of a page, so
/// space between blocks never pushes content down after a page break.
/// </summary>
internal sealed class ColumnElement(ImmutableArray<ColumnItem> items) : Element
{
    private int _next;

    public override SpacePlan Measure(Size available) => Plan(available, canvas: null);

    public override void Draw(Size available, Canvas canvas) => Plan(available, canvas);

    public override void ResetCursor()
    {
        _next = 0;
        foreach (var item in items)
            item.Element.ResetCursor();
    }

    public override string Describe() =>
        _next < items.Length ? $"column > {items[_next].Element.Describe()}" : "column";

    /// <summary>One walk over the children serves both measuring and drawing (canvas given).</summary>
    private SpacePlan Plan(Size available, Canvas? canvas)
    {
        var y = 0.0;
        var placedAny = false;
        for (var i = _next; i < items.Length; i++)
        {
            var gap = placedAny ? items[i].GapBefore : 0;
            var space = new Size(available.Width, available.Height - y - gap);
            var plan = space.Height < 0 ? SpacePlan.Wrap("no room left") : items[i].Element.Measure(space);
            switch (plan.Kind)
            {
                case SpacePlanKind.Empty:
                    if (canvas is not null)
                        _next = i + 1;
                    continue;
                case SpacePlanKind.Wrap:
                    return placedAny ? SpacePlan.Partial(new Size(available.Width, y)) : plan;
            }

            if (canvas is not null)
            {
                items[i].Element.Draw(space, canvas.Translate(0, y + gap));
                if (plan.Kind == SpacePlanKind.FullRender)
                    _next = i + 1;
            }
            y += gap + plan.Size.Height;
            placedAny = true;
            if (plan.Kind == SpacePlanKind.PartialRender)
                return SpacePlan.Partial(new Size(available.Width, y));
        }
        return placedAny ? SpacePlan.Full(new Size(available.Width, y)) : SpacePlan.Empty();
    }
}

/// <summary>A child of a column with the space above it.</summary>
internal sealed record ColumnItem(Element Element, double GapBefore);
