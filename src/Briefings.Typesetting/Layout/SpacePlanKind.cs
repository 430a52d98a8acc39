namespace Briefings.Typesetting.Layout;

internal enum SpacePlanKind
{
    /// <summary>Nothing left to draw.</summary>
    Empty,
    /// <summary>Nothing fits in the space offered; try a fresh page.</summary>
    Wrap,
    /// <summary>Part fits; the rest continues on the next page.</summary>
    PartialRender,
    /// <summary>All that is left fits.</summary>
    FullRender,
}
