using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Layout.Images;

namespace Briefings.Typesetting.Layout.Elements;

/// <summary>
/// A figure: the image at a size fixed when the document is laid out (see <see cref="Fit"/>), centred
/// in the column, moved whole to the next page when it does not fit, tagged with its description.
/// </summary>
public sealed class ImageElement(LoadedImage image, Size size, string description) : Element
{
    private bool _drawn;

    public Size Size => size;

    /// <summary>The natural size, scaled down (never up) to the column width and to <paramref name="maxHeight"/>.</summary>
    public static Size Fit(LoadedImage image, double width, double maxHeight)
    {
        var scale = Math.Min(1, Math.Min(width / image.PointWidth, maxHeight / image.PointHeight));
        return new Size(image.PointWidth * scale, image.PointHeight * scale);
    }

    public override SpacePlan Measure(Size available)
    {
        if (_drawn)
            return SpacePlan.Empty();
        return Tolerance.FitsWithin(size.Height, available.Height)
            ? SpacePlan.Full(new Size(available.Width, size.Height))
            : SpacePlan.Wrap("not enough room for the image");
    }

    public override void Draw(Size available, Canvas canvas)
    {
        if (Measure(available).Kind != SpacePlanKind.FullRender)
            return;
        canvas.BeginTag(StructureTag.Figure, description);
        canvas.DrawImage(Math.Max(0, (available.Width - size.Width) / 2), 0, size.Width, size.Height, image);
        canvas.EndTag();
        _drawn = true;
    }

    public override void ResetCursor() => _drawn = false;

    public override string Describe() => $"image \"{description}\"";
}
