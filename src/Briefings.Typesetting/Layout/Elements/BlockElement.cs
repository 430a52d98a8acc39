using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Elements;

/// <summary>
/// Content of a fixed height that is never split (a rule, an image, a contents entry): drawn whole
/// where it fits, moved to the next page where it does not.
/// </summary>
internal abstract class BlockElement : Element
{
    private bool _drawn;

    protected abstract double Height { get; }

    /// <summary>Why the block could not be placed, for layout errors.</summary>
    protected abstract string WrapReason { get; }

    protected abstract void DrawBlock(Size available, Canvas canvas);

    public sealed override SpacePlan Measure(Size available)
    {
        if (_drawn)
            return SpacePlan.Empty();
        return Tolerance.FitsWithin(Height, available.Height)
            ? SpacePlan.Full(new Size(available.Width, Height))
            : SpacePlan.Wrap(WrapReason);
    }

    public sealed override void Draw(Size available, Canvas canvas)
    {
        if (Measure(available).Kind != SpacePlanKind.FullRender)
            return;
        DrawBlock(available, canvas);
        _drawn = true;
    }

    public override void ResetCursor() => _drawn = false;
}
