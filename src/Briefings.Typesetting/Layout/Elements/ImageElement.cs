using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Layout.Elements;

/// <summary>
/// A figure: the image at a size fixed when the document is laid out (see <see cref="Fit"/>), centred
/// in the column, moved whole to the next page when it does not fit, tagged with its description.
/// </summary>
internal sealed class ImageElement(LoadedImage image, Size size, string description) : BlockElement
{
    /// <summary>The natural size, scaled down (never up) to the column width and to <paramref name="maxHeight"/>.</summary>
    public static Size Fit(LoadedImage image, double width, double maxHeight)
    {
        var scale = Math.Min(1, Math.Min(width / image.PointWidth, maxHeight / image.PointHeight));
        return new Size(image.PointWidth * scale, image.PointHeight * scale);
    }

    protected override double Height => size.Height;

    protected override string WrapReason => "not enough room for the image";

    protected override void DrawBlock(Size available, Canvas canvas)
    {
        canvas.BeginTag(StructureTag.Figure, description);
        canvas.DrawImage(Math.Max(0, (available.Width - size.Width) / 2), 0, size.Width, size.Height, image);
        canvas.EndTag();
    }

    public override string Describe() => $"image \"{description}\"";
}
