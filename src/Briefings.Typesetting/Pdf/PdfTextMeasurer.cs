using System.Collections.Concurrent;
using Briefings.Typesetting.Infrastructure;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// Measures text with PDFsharp's metrics of the embedded fonts. Widths are measured once per face
/// and character at a reference size (<see cref="FaceMetrics"/>) and scaled, which is exact
/// because glyph advances scale linearly.
/// </summary>
internal sealed class PdfTextMeasurer : ITextMeasurer
{
    private const double ReferenceSize = 100;
    private static readonly ConcurrentDictionary<FontFace, FaceMetrics> Faces = new();
    private static readonly Lock MeasureGate = new();
    private static XGraphics? _context;

    public PdfTextMeasurer() => PdfSharpSetup.EnsureReady();

    /// <summary>
    /// A text's width: the sum of its characters' advance widths, each measured once per face with
    /// PDFsharp (which sets text without kerning, so the sum equals its own measure of the whole
    /// text; a test checks this over the standard workload), plus the font's kerning between each
    /// pair of characters, which <see cref="PdfFrameWriter"/> draws (see <see cref="Kerning"/>). Measuring each
    /// word with PDFsharp instead cost a process tens of milliseconds.
    /// </summary>
    public double Width(string text, TextStyle style)
    {
        var face = MeasuredFace(style.Face);
        double total = 0;
        for (var i = 0; i < text.Length; i++)
        {
            total += Advance(face, text, ref i);
            if (i + 1 < text.Length)
                total += face.Kern(text[i], text[i + 1]);
        }
        return total * style.Size / ReferenceSize;
    }

    /// <summary>
    /// The kerning to draw in <paramref name="text"/>, as the TJ operator takes it: per glyph (one per
    /// code point, as PDFsharp encodes the text), the adjustment after it in thousandths of an em,
    /// negative where the next glyph moves closer; null when no pair of the text is kerned.
    /// </summary>
    public static double[]? Kerning(string text, TextStyle style)
    {
        var face = MeasuredFace(style.Face);
        double[]? adjustments = null;
        for (int i = 0, glyph = 0; i < text.Length; i++, glyph++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            if (i + 1 < text.Length && face.KernUnits(text[i], text[i + 1]) is var units && units != 0)
            {
                adjustments ??= new double[GlyphCount(text)];
                adjustments[glyph] = -units * 1000.0 / face.UnitsPerEm;
            }
        }
        return adjustments;
    }

    /// <summary>The number of glyphs PDFsharp draws for a text: one per code point.</summary>
    public static int GlyphCount(string text)
    {
        var count = text.Length;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
                (count, i) = (count - 1, i + 1);
        }
        return count;
    }

    /// <summary>The advance of the character at <paramref name="i"/> at the reference size; past a surrogate pair, <paramref name="i"/> ends on its second half.</summary>
    private static double Advance(FaceMetrics face, string text, ref int i)
    {
        var ch = text[i];
        return char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            ? face.Width(char.ConvertToUtf32(ch, text[++i]))
            : face.Width(ch);
    }

    public FontMetrics Metrics(TextStyle style)
    {
        var metrics = MeasuredFace(style.Face).ReferenceFont.Metrics;
        var scale = style.Size / metrics.UnitsPerEm;
        return new FontMetrics(metrics.Ascent * scale, metrics.Descent * scale);
    }

    public bool HasGlyph(int codePoint, FontFace face) => MeasuredFace(face).HasGlyph(codePoint);

    public static XFont Font(FontFace face, double size) =>
        new(face.Family, size, Style(face), new XPdfFontOptions(PdfFontEncoding.Unicode));

    private static FaceMetrics MeasuredFace(FontFace face) =>
        Faces.GetOrAdd(face, static f => new FaceMetrics(Font(f, ReferenceSize), MeasureAtReference, Kerning(f)));

    private static KerningPairs Kerning(FontFace face)
    {
        var resolver = new EmbeddedFontResolver();
        var faceName = resolver.ResolveTypeface(face.Family, face.Bold, face.Italic)?.FaceName;
        return faceName is not null && resolver.GetFont(faceName) is { } bytes ? KerningPairs.Read(bytes) : KerningPairs.None;
    }

    private static double MeasureAtReference(XFont font, string text)
    {
        // A measure context is not thread-safe; measuring is rare once the widths are known.
        lock (MeasureGate)
        {
            _context ??= XGraphics.CreateMeasureContext(new XSize(1000, 1000), XGraphicsUnit.Point, XPageDirection.Downwards);
            return _context.MeasureString(text, font).Width;
        }
    }

    private static XFontStyleEx Style(FontFace face) => (face.Bold, face.Italic) switch
    {
        (true, true) => XFontStyleEx.BoldItalic,
        (true, false) => XFontStyleEx.Bold,
        (false, true) => XFontStyleEx.Italic,
        _ => XFontStyleEx.Regular,
    };
}
