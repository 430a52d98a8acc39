using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Elements;

/// <summary>Marks what its content draws on each page as one structure element (a heading, a list, a table).</summary>
internal sealed class TaggedElement(StructureTag tag, Element content, string? alternateText = null) : Element
{
    public override SpacePlan Measure(Size available) => content.Measure(available);

    public override void Draw(Size available, Canvas canvas)
    {
        canvas.BeginTag(tag, alternateText);
        content.Draw(available, canvas);
        canvas.EndTag();
    }

    public override void ResetCursor() => content.ResetCursor();

    public override string Describe() => content.Describe();
}
