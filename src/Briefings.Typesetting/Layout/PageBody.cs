using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout;

/// <summary>
/// The height a fresh page gives a column's content. Keep rules ask it whether moving content to the
/// next page would help: never when the space offered is already a fresh page's, so content taller
/// than a page is split instead of being moved on for ever.
/// </summary>
internal readonly record struct PageBody(double Height)
{
    /// <summary>True when <paramref name="available"/> is all that a fresh page would give.</summary>
    public bool IsFresh(Size available) => available.Height >= Height - Tolerance.Points;

    /// <summary>The space of a fresh page at <paramref name="width"/>, less <paramref name="reserved"/> points at its top.</summary>
    public Size Fresh(double width, double reserved = 0) => new(width, Height - reserved);

    /// <summary>True when a fresh page would hold what is left of <paramref name="content"/> whole.</summary>
    public bool WouldHoldWhole(Element content, double width) =>
        content.Measure(Fresh(width)).Kind is SpacePlanKind.FullRender or SpacePlanKind.Empty;

    /// <summary>The body left to content set <paramref name="height"/> points shorter, inside a panel's padding, say.</summary>
    public PageBody Inset(double height) => new(Math.Max(0, Height - height));
}
