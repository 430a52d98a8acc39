using System.Collections.Concurrent;
using Briefings.Typesetting.Fonts;
using Briefings.Typesetting.Infrastructure;
using PdfSharp.Fonts;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// Resolves the bundled Noto faces from embedded resources, so a machine needs no installed fonts.
/// Families: "Noto Serif" and "Noto Sans", each regular, bold, italic and bold italic.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    private static readonly ConcurrentDictionary<string, byte[]> Cache = new();

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var family = BundledFonts.Families.FirstOrDefault(name => string.Equals(name, familyName, StringComparison.OrdinalIgnoreCase))
            ?? BundledFonts.Families[0];
        var style = (bold, italic) switch
        {
            (true, true) => "BoldItalic",
            (true, false) => "Bold",
            (false, true) => "Italic",
            _ => "Regular",
        };
        return new FontResolverInfo($"{family.Replace(" ", "")}-{style}");
    }

    public byte[]? GetFont(string faceName) => Cache.GetOrAdd(faceName, Load);

    private static byte[] Load(string faceName)
    {
        var resource = $"Briefings.Typesetting.Fonts.{faceName}.ttf";
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(resource)
            ?? throw new TypesettingException($"The bundled font resource '{resource}' is missing from the build.");
        // Read into one array of the exact size: a growing MemoryStream would put three or four
        // half-megabyte arrays per face on the large-object heap, and each face then costs a full GC.
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
