using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Elements;

/// <summary>
/// A list item: content indented by <paramref name="indent"/>, with its marker ("•", "3.") drawn in
/// the indent on the baseline of the content's first line.
/// </summary>
internal sealed class MarkerElement(string marker, TextStyle style, double markerWidth, double indent, double baseline, Element content) : Element
{
    private bool _markerDrawn;

    public override SpacePlan Measure(Size available) => content.Measure(available.ShrinkWidth(indent));

    public override void Draw(Size available, Canvas canvas)
    {
        canvas.BeginTag(StructureTag.LI);
        if (!_markerDrawn)
        {
            canvas.BeginTag(StructureTag.Lbl);
            canvas.DrawText(Math.Max(0, indent - markerWidth - style.Size * 0.4), baseline, markerWidth, marker, style);
            canvas.EndTag();
            _markerDrawn = true;
        }
        canvas.BeginTag(StructureTag.LBody);
        content.Draw(available.ShrinkWidth(indent), canvas.Translate(indent, 0));
        canvas.EndTag();
        canvas.EndTag();
    }

    public override void ResetCursor()
    {
        _markerDrawn = false;
        content.ResetCursor();
    }

    public override string Describe() => $"list item {marker} > {content.Describe()}";
}
