using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Elements;

/// <summary>A tinted panel with padding around its content; each page's part gets its own panel.</summary>
internal sealed class PanelElement(Element content, double padding, Rgb fill, Rgb edge) : Element
{
    public override SpacePlan Measure(Size available)
    {
        var inner = content.Measure(Inner(available));
        return inner.Kind switch
        {
            SpacePlanKind.FullRender => SpacePlan.Full(Outer(available, inner)),
            SpacePlanKind.PartialRender => SpacePlan.Partial(Outer(available, inner)),
            _ => inner,
        };
    }

    public override void Draw(Size available, Canvas canvas)
    {
        var plan = Measure(available);
        if (plan.Size.Height <= 0)
            return;
        var background = canvas.Mark;
        content.Draw(Inner(available), canvas.Translate(padding, padding));
        canvas.FillRect(0, 0, available.Width, plan.Size.Height, fill, insertAt: background);
        canvas.DrawLine(0, 0, 0, plan.Size.Height, 2, edge);
    }

    public override void ResetCursor() => content.ResetCursor();

    public override string Describe() => $"panel > {content.Describe()}";

    private Size Inner(Size available) => new(Math.Max(0, available.Width - 2 * padding), Math.Max(0, available.Height - 2 * padding));

    private Size Outer(Size available, SpacePlan inner) => new(available.Width, inner.Size.Height + 2 * padding);
}
