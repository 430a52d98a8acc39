using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Elements;

/// <summary>A horizontal rule across the column, centred in <paramref name="height"/>.</summary>
internal sealed class RuleElement(double height, double thickness, Rgb color) : BlockElement
{
    protected override double Height => height;

    protected override string WrapReason => "the rule does not fit";

    protected override void DrawBlock(Size available, Canvas canvas) =>
        canvas.DrawLine(0, height / 2, available.Width, height / 2, thickness, color);

    public override string Describe() => "rule";
}
