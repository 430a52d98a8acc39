namespace Briefings.Typesetting.Infrastructure;

/// <summary>
/// A PNG or JPEG image read from disk: its bytes for the PDF writer, and its natural size in points
/// (pixels at the resolution the file states, 72 dpi when it states none).
/// </summary>
public sealed record LoadedImage(string Key, byte[] Bytes, double PointWidth, double PointHeight);
