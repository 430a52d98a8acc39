using Briefings.Foundation.Files;
using Briefings.Typesetting.Infrastructure;
using PdfSharp.Drawing;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// Loads PNG and JPEG images by path relative to the document's folder, never outside it and never
/// from the network, and checks with PDFsharp that each one decodes before layout relies on it.
/// </summary>
internal sealed class PdfImageLoader(string? folder) : IImageLoader
{
    public const long MaxBytes = 20 * 1024 * 1024;

    private readonly Dictionary<string, (LoadedImage?, string?)> _loaded = new(StringComparer.Ordinal);

    public (LoadedImage? Image, string? Problem) Load(string reference)
    {
        if (folder is null)
            return (null, "images are read only from a document's folder, and this document has none");
        if (Uri.TryCreate(reference, UriKind.Absolute, out var uri) && !uri.IsFile || reference.StartsWith("//", StringComparison.Ordinal))
            return (null, "images are not fetched from the network");
        if (Path.IsPathRooted(reference))
            return (null, "an image path must be relative to the document's folder");

        var root = Path.GetFullPath(folder);
        var path = Path.GetFullPath(Path.Combine(root, Uri.UnescapeDataString(reference)));
        if (!path.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return (null, "the image path leads outside the document's folder");
        if (_loaded.TryGetValue(path, out var known))
            return known;
        return _loaded[path] = Read(path);
    }

    private (LoadedImage?, string?) Read(string path)
    {
        if (!Path.Exists(path) && new FileInfo(path).LinkTarget is null)
            return (null, "no such file");
        // Links are followed only inside the folder, and only regular files are opened (a FIFO would block).
        var (file, problem) = ConfinedFile.Resolve(folder!, path);
        if (file is null)
            return (null, problem);
        if (file.Length > MaxBytes)
            return (null, $"the image is larger than {MaxBytes / (1024 * 1024)} MB");
        byte[] bytes;
        try
        {
            bytes = file.ReadAllBytes(MaxBytes);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return (null, $"the image cannot be read ({error.Message.TrimEnd('.')})");
        }
        if (!IsPng(bytes) && !IsJpeg(bytes))
            return (null, "only PNG and JPEG images are supported");
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var image = XImage.FromStream(stream);
            if (image.PixelWidth <= 0 || image.PixelHeight <= 0)
                return (null, "the image has no pixels");
            return (new LoadedImage(path, bytes, image.PointWidth, image.PointHeight), null);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            return (null, "the image cannot be decoded");
        }
    }

    private static bool IsPng(byte[] bytes) => bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

    private static bool IsJpeg(byte[] bytes) => bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]);
}
