using Briefings.Typesetting.Layout.Text;

namespace Briefings.Typesetting.Layout.Elements;

/// <summary>A horizontal rule across the column, centred in <paramref name="height"/>.</summary>
public sealed class RuleElement(double height, double thickness, Rgb color) : Element
{
    private bool _drawn;

    public override SpacePlan Measure(Size available)
    {
        if (_drawn)
            return SpacePlan.Empty();
        return Tolerance.FitsWithin(height, available.Height)
            ? SpacePlan.Full(available with { Height = height })
            : SpacePlan.Wrap("the rule does not fit");
    }

    public override void Draw(Size available, Canvas canvas)
    {
        canvas.DrawLine(0, height / 2, available.Width, height / 2, thickness, color);
        _drawn = true;
    }

    public override void ResetCursor() => _drawn = false;

    public override string Describe() => "rule";
}
