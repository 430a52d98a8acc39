using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Layout.Text;

namespace Briefings.Typesetting.Layout;

/// <summary>
/// Collects the frame items of one page. A translated canvas shares the page's item list and adds
/// its offset, so elements draw in their own coordinates (origin top-left, y downwards, points).
/// </summary>
internal sealed class Canvas
{
    private readonly List<FrameItem> _items;
    private readonly double _x;
    private readonly double _y;

    public Canvas() : this([], 0, 0)
    {
    }

    private Canvas(List<FrameItem> items, double x, double y)
    {
        _items = items;
        _x = x;
        _y = y;
    }

    public IReadOnlyList<FrameItem> Items => _items;

    /// <summary>Where the next item goes; lets a wrapper put a background behind what a child draws next.</summary>
    public int Mark => _items.Count;

    public Canvas Translate(double dx, double dy) => new(_items, _x + dx, _y + dy);

    public void DrawText(double x, double baseline, double width, string text, TextStyle style, string? link = null) =>
        _items.Add(new TextItem(_x + x, _y + baseline, width, text, style, link));

    /// <summary>Draws a broken line of text whose top is at <paramref name="top"/>.</summary>
    public void DrawTextLine(TextLine line, double top = 0)
    {
        foreach (var piece in line.Pieces)
            DrawText(piece.X, top + line.Baseline - piece.Style.Rise, piece.Width, piece.Text, piece.Style, piece.Link);
    }

    public void DrawImage(double x, double y, double width, double height, LoadedImage image) =>
        _items.Add(new ImageItem(_x + x, _y + y, width, height, image));

    public void DrawLine(double x1, double y1, double x2, double y2, double thickness, Rgb color) =>
        _items.Add(new LineItem(_x + x1, _y + y1, _x + x2, _y + y2, thickness, color));

    public void FillRect(double x, double y, double width, double height, Rgb color, int? insertAt = null)
    {
        var rect = new RectItem(_x + x, _y + y, width, height, color);
        if (insertAt is { } index)
            _items.Insert(index, rect);
        else
            _items.Add(rect);
    }

    /// <summary>Opens a structure element for what is drawn until <see cref="EndTag"/>.</summary>
    public void BeginTag(StructureTag tag, string? alternateText = null) => _items.Add(new TagStart(tag, alternateText));

    public void EndTag() => _items.Add(TagEnd.Instance);

    /// <summary>A named destination; a positive <paramref name="outlineLevel"/> also makes a bookmark.</summary>
    public void Anchor(string name, double y, int outlineLevel, string title) =>
        _items.Add(new AnchorItem(name, _x, _y + y, outlineLevel, title));
}
