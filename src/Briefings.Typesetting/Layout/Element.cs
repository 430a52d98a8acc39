using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout;

/// <summary>
/// A piece of content that measures itself without side effects and then draws the part it promised.
/// Elements that split across pages keep an explicit cursor: <see cref="Draw"/> advances it,
/// <see cref="ResetCursor"/> rewinds it for another layout pass.
/// </summary>
internal abstract class Element
{
    public abstract SpacePlan Measure(Size available);

    /// <summary>Draws what <see cref="Measure"/> promised for the same space, and advances the cursor.</summary>
    public abstract void Draw(Size available, Canvas canvas);

    public virtual void ResetCursor()
    {
    }

    /// <summary>A short description used in layout error messages.</summary>
    public virtual string Describe() => GetType().Name;
}
