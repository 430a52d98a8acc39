using System.Collections.Concurrent;
using Briefings.Typesetting.Layout.Text;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// Measures text with PDFsharp's metrics of the embedded fonts. Widths are cached per face and
/// text at a reference size and scaled, which is exact because glyph advances scale linearly.
/// </summary>
public sealed class PdfTextMeasurer : ITextMeasurer
{
    private const double ReferenceSize = 100;
    private static readonly ConcurrentDictionary<FontFace, WidthTable> CharacterWidths = new();
    private static readonly ConcurrentDictionary<(FontFace Face, int CodePoint), double> AstralWidths = new();
    private static readonly ConcurrentDictionary<FontFace, XFont> ReferenceFonts = new();
    private static readonly ConcurrentDictionary<(FontFace Face, int CodePoint), bool> Coverage = new();
    private static readonly Lock MeasureGate = new();
    private static XGraphics? _context;

    public PdfTextMeasurer() => PdfSharpSetup.EnsureReady();

    /// <summary>
    /// A text's width: the sum of its characters' advance widths, each measured once per face with
    /// PDFsharp (which sets text without kerning, so the sum equals its own measure of the whole
    /// text; a test checks this over the standard workload). Measuring each word with PDFsharp
    /// instead cost a process tens of milliseconds.
    /// </summary>
    public double Width(string text, TextStyle style)
    {
        var widths = CharacterWidths.GetOrAdd(style.Face, static _ => new WidthTable());
        double total = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(ch, text[++i]);
                total += AstralWidths.GetOrAdd((style.Face, codePoint), static key => MeasureAtReference(key.Face, char.ConvertFromUtf32(key.CodePoint)));
                continue;
            }
            total += widths.Get(ch, style.Face);
        }
        return total * style.Size / ReferenceSize;
    }

    /// <summary>
    /// The advance widths of one face at the reference size, in blocks of 256 characters made when
    /// first needed: a flat table of every UTF-16 unit would be half a megabyte per face, on the
    /// large-object heap, and each such allocation brings a full collection nearer.
    /// </summary>
    private sealed class WidthTable
    {
        private readonly double[]?[] _blocks = new double[]?[256];

        /// <remarks>
        /// Builds run in parallel and share the table. A block is published with a fence, so no
        /// thread sees it before its NaN fill; two threads measuring one character store the same value.
        /// </remarks>
        public double Get(char ch, FontFace face)
        {
            ref var slot = ref _blocks[ch >> 8];
            var block = Volatile.Read(ref slot);
            if (block is null)
            {
                var fresh = NewBlock();
                block = Interlocked.CompareExchange(ref slot, fresh, null) ?? fresh;
            }
            var width = block[ch & 0xFF];
            if (double.IsNaN(width))
                block[ch & 0xFF] = width = MeasureAtReference(face, ch.ToString());
            return width;
        }

        private static double[] NewBlock()
        {
            var block = new double[256];
            Array.Fill(block, double.NaN);
            return block;
        }
    }

    public FontMetrics Metrics(TextStyle style)
    {
        var font = ReferenceFont(style.Face);
        var metrics = font.Metrics;
        var scale = style.Size / metrics.UnitsPerEm;
        return new FontMetrics(metrics.Ascent * scale, metrics.Descent * scale);
    }

    public bool HasGlyph(int codePoint, FontFace face) =>
        Coverage.GetOrAdd((face, codePoint), static key => GlyphHelper.GlyphIndexFromCodePoint(key.CodePoint, ReferenceFont(key.Face)) != 0);

    public static XFont Font(FontFace face, double size) =>
        new(face.Family, size, Style(face), new XPdfFontOptions(PdfFontEncoding.Unicode));

    private static XFont ReferenceFont(FontFace face) => ReferenceFonts.GetOrAdd(face, static f => Font(f, ReferenceSize));

    private static double MeasureAtReference(FontFace face, string text)
    {
        var font = ReferenceFont(face);
        // A measure context is not thread-safe; measuring is rare once the cache is warm.
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
