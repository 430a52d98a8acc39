using System.Collections.Concurrent;
using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// What has been measured of one face, at the reference size: advance widths and glyph coverage,
/// each asked of PDFsharp once per character. Characters of the Basic Multilingual Plane are kept in
/// blocks of 256 made when first needed (a flat table of every UTF-16 unit would be half a megabyte
/// per face, on the large-object heap); the rare others in dictionaries. Paragraphs are measured on
/// several threads at once: a block is published with a fence, so no thread sees it before it is
/// filled, and two threads measuring one character store the same value. Pair kerning is kept the
/// same way: in a table for the pairs of ASCII and the general punctuation block (quotes, dashes,
/// ellipsis), each pair looked up in the font when first met, and in a <see cref="PairKernTable"/> for the rest.
/// </summary>
internal sealed class FaceMetrics(XFont referenceFont, Func<XFont, string, double> measure, KerningPairs kerning)
{
    private const int Ascii = 0x80;
    private const char PunctuationStart = '\u2010';
    private const int PunctuationCount = 0x18;
    private const int PairAlphabet = Ascii + PunctuationCount;
    private const short UnknownKern = short.MinValue;

    private const int BlockSize = 256;
    private const byte Unknown = 0;
    private const byte Present = 1;
    private const byte Absent = 2;

    private readonly double[]?[] _widthBlocks = new double[]?[(char.MaxValue + 1) / BlockSize];
    private readonly byte[]?[] _coverageBlocks = new byte[]?[(char.MaxValue + 1) / BlockSize];
    private readonly ConcurrentDictionary<int, double> _astralWidths = new();
    private readonly ConcurrentDictionary<int, bool> _astralCoverage = new();
    private readonly short[] _kerns = NewKerns();
    private readonly PairKernTable _otherKerns = new();
    private readonly double _kernScale = referenceFont.Size / referenceFont.Metrics.UnitsPerEm;

    public XFont ReferenceFont => referenceFont;

    public double Width(char ch)
    {
        var block = Block(_widthBlocks, ch, static () => NewBlock(double.NaN));
        var width = block[ch % BlockSize];
        if (double.IsNaN(width))
            block[ch % BlockSize] = width = measure(referenceFont, ch.ToString());
        return width;
    }

    public double Width(int astralCodePoint) =>
        _astralWidths.GetOrAdd(astralCodePoint, codePoint => measure(referenceFont, char.ConvertFromUtf32(codePoint)));

    public bool HasGlyph(int codePoint)
    {
        if (codePoint > char.MaxValue)
            return _astralCoverage.GetOrAdd(codePoint, FontHasGlyph);
        var block = Block(_coverageBlocks, (char)codePoint, static () => new byte[BlockSize]);
        var known = block[codePoint % BlockSize];
        if (known == Unknown)
            block[codePoint % BlockSize] = known = FontHasGlyph(codePoint) ? Present : Absent;
        return known == Present;
    }

    /// <summary>The kerning between two characters at the reference size (0 for most pairs).</summary>
    public double Kern(char left, char right) => KernUnits(left, right) * _kernScale;

    /// <summary>The kerning between two characters in font units (0 for most pairs).</summary>
    public short KernUnits(char left, char right)
    {
        if (kerning.IsEmpty)
            return 0;
        var (first, second) = (PairIndex(left), PairIndex(right));
        if (first >= 0 && second >= 0)
        {
            ref var slot = ref _kerns[first * PairAlphabet + second];
            if (slot == UnknownKern)
                slot = LookUpKern(left, right);
            return slot;
        }
        var key = PairKernTable.Key(left, right);
        if (!_otherKerns.TryGet(key, out var units))
            _otherKerns.Add(key, units = LookUpKern(left, right));
        return units;
    }

    public int UnitsPerEm => referenceFont.Metrics.UnitsPerEm;

    private short LookUpKern(char left, char right)
    {
        if (char.IsSurrogate(left) || char.IsSurrogate(right))
            return 0;
        var (first, second) = (GlyphHelper.GlyphIndexFromCodePoint(left, referenceFont), GlyphHelper.GlyphIndexFromCodePoint(right, referenceFont));
        return first == 0 || second == 0 ? (short)0 : (short)Math.Clamp(kerning.Adjustment((ushort)first, (ushort)second), short.MinValue + 1, short.MaxValue);
    }

    private static int PairIndex(char ch) =>
        ch < Ascii ? ch : ch >= PunctuationStart && ch < PunctuationStart + PunctuationCount ? Ascii + (ch - PunctuationStart) : -1;

    private static short[] NewKerns()
    {
        var kerns = new short[PairAlphabet * PairAlphabet];
        for (var i = 0; i < kerns.Length; i++)
            kerns[i] = UnknownKern; // a loop: Array.Fill of shorts is generic code the JIT would compile on every run
        return kerns;
    }

    private bool FontHasGlyph(int codePoint) => GlyphHelper.GlyphIndexFromCodePoint(codePoint, referenceFont) != 0;

    private static T[] Block<T>(T[]?[] blocks, char ch, Func<T[]> create)
    {
        ref var slot = ref blocks[ch / BlockSize];
        var block = Volatile.Read(ref slot);
        if (block is not null)
            return block;
        var fresh = create();
        return Interlocked.CompareExchange(ref slot, fresh, null) ?? fresh;
    }

    private static double[] NewBlock(double fill)
    {
        var block = new double[BlockSize];
        Array.Fill(block, fill);
        return block;
    }
}
