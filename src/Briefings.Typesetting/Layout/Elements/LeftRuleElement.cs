using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Elements;

/// <summary>A block quote: content indented, with a thin rule beside each part of it on each page.</summary>
internal sealed class LeftRuleElement(Element content, double indent, double thickness, Rgb color) : Element
{
    public override SpacePlan Measure(Size available) => content.Measure(available.ShrinkWidth(indent));

    public override void Draw(Size available, Canvas canvas)
    {
        var plan = content.Measure(available.ShrinkWidth(indent));
        content.Draw(available.ShrinkWidth(indent), canvas.Translate(indent, 0));
        if (plan.Size.Height > 0)
            canvas.DrawLine(thickness / 2, 0, thickness / 2, plan.Size.Height, thickness, color);
    }

    public override void ResetCursor() => content.ResetCursor();

    public override string Describe() => $"block quote > {content.Describe()}";
}
