using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Elements;

/// <summary>Marks a named place (a heading, a source) that links and the outline can point at.</summary>
internal sealed class AnchorElement(string name, int outlineLevel, string title, Element content) : Element
{
    private bool _placed;

    public override SpacePlan Measure(Size available) => content.Measure(available);

    public override void Draw(Size available, Canvas canvas)
    {
        if (!_placed)
        {
            canvas.Anchor(name, 0, outlineLevel, title);
            _placed = true;
        }
        content.Draw(available, canvas);
    }

    public override void ResetCursor()
    {
        _placed = false;
        content.ResetCursor();
    }

    public override string Describe() => content.Describe();
}
