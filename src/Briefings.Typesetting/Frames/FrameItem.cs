using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Frames;

/// <summary>Something drawn on a page, in page coordinates (points, origin top-left, y downwards).</summary>
public abstract record FrameItem;

/// <summary>Text whose baseline starts at (<see cref="X"/>, <see cref="Baseline"/>).</summary>
public sealed record TextItem(double X, double Baseline, double Width, string Text, TextStyle Style, string? Link) : FrameItem;

/// <summary>An image drawn into the box whose top-left corner is (<see cref="X"/>, <see cref="Y"/>).</summary>
public sealed record ImageItem(double X, double Y, double Width, double Height, LoadedImage Image) : FrameItem;

public sealed record LineItem(double X1, double Y1, double X2, double Y2, double Thickness, Rgb Color) : FrameItem;

public sealed record RectItem(double X, double Y, double Width, double Height, Rgb Color) : FrameItem;

/// <summary>A named destination; with a positive level it is also an outline entry titled <see cref="Title"/>.</summary>
public sealed record AnchorItem(string Name, double X, double Y, int OutlineLevel, string Title) : FrameItem;

/// <summary>
/// Opens a structure element around the items that follow, up to the matching <see cref="TagEnd"/>
/// on the same page; <see cref="AlternateText"/> is a figure's description.
/// </summary>
public sealed record TagStart(StructureTag Tag, string? AlternateText = null) : FrameItem;

public sealed record TagEnd : FrameItem
{
    public static TagEnd Instance { get; } = new();
}
