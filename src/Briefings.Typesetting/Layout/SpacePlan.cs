using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout;

/// <summary>What an element would occupy in a given space, without drawing anything.</summary>
internal readonly record struct SpacePlan(SpacePlanKind Kind, Size Size, string? WrapReason = null)
{
    public static SpacePlan Empty() => new(SpacePlanKind.Empty, Size.Zero);

    public static SpacePlan Wrap(string reason) => new(SpacePlanKind.Wrap, Size.Zero, reason);

    public static SpacePlan Partial(Size size) => new(SpacePlanKind.PartialRender, size);

    public static SpacePlan Full(Size size) => new(SpacePlanKind.FullRender, size);

    public bool IsWrap => Kind == SpacePlanKind.Wrap;
}
