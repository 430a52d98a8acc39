using System.Globalization;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// Puts the kerning into a page's content stream. PDFsharp's XGraphics draws a string as one
/// <c>Tj</c>, unkerned; the writer draws each text whole and notes here, for every string drawn on
/// the page in order, its kerning (<see cref="PdfTextMeasurer.Kerning"/>). <see cref="Apply"/> then
/// turns each kerned string's <c>Tj</c> into a <c>TJ</c> whose array carries the adjustments between
/// the glyph codes: <c>&lt;00370048&gt; Tj</c> becomes <c>[&lt;0037&gt; 80 &lt;0048&gt;] TJ</c>. Cutting the text into
/// runs, each placed by its own <c>Td</c>, cost two operators and a PDFsharp string per kerned pair.
/// </summary>
internal sealed class PageKerning
{
    private const int HexDigitsPerGlyph = 4; // PDFsharp's Unicode encoding: two-byte glyph ids in hex

    private readonly List<double[]?> _strings = [];
    private bool _kerned;

    /// <summary>Whether no string drawn so far is kerned (the content stream stays as PDFsharp wrote it).</summary>
    public bool IsEmpty => !_kerned;

    /// <summary>Notes the next string drawn on the page and its kerning (null: none).</summary>
    public void Drawn(double[]? kerning)
    {
        _strings.Add(kerning);
        _kerned |= kerning is not null;
    }

    /// <summary>The page's content stream with the noted strings kerned (no copy is made of the kerned bytes).</summary>
    public ReadOnlyMemory<byte> Apply(byte[] content)
    {
        if (!_kerned)
            return content;
        var output = new MemoryStream(content.Length + content.Length / 8);
        var (copied, at, ordinal) = (0, 0, 0);
        while (content.AsSpan(at).IndexOf(" Tj\n"u8) is var found && found >= 0)
        {
            var end = at + found;
            if (ordinal >= _strings.Count)
                throw Mismatch();
            if (_strings[ordinal] is { } kerning)
            {
                var open = content.AsSpan(0, end).LastIndexOf((byte)'<');
                if (open < 0 || content[end - 1] != '>')
                    throw Mismatch();
                output.Write(content, copied, open - copied);
                WriteArray(output, content.AsSpan(open + 1, end - 1 - open - 1), kerning);
                copied = end + " Tj".Length;
            }
            ordinal++;
            at = end + " Tj\n".Length;
        }
        if (ordinal != _strings.Count)
            throw Mismatch();
        output.Write(content, copied, content.Length - copied);
        return output.GetBuffer().AsMemory(0, (int)output.Length);
    }

    /// <summary>
    /// Writes <c>[&lt;glyphs&gt; adjustment &lt;glyphs&gt; ...] TJ</c> from the hex digits of the string
    /// (PDFsharp breaks a long one into lines; the line breaks are left out).
    /// </summary>
    private static void WriteArray(MemoryStream output, ReadOnlySpan<byte> hex, double[] kerning)
    {
        Span<byte> number = stackalloc byte[32];
        output.WriteByte((byte)'[');
        output.WriteByte((byte)'<');
        var (glyph, digits) = (0, 0);
        foreach (var digit in hex)
        {
            if (digit is (byte)'\n' or (byte)'\r' or (byte)' ')
                continue;
            if (glyph >= kerning.Length)
                throw Mismatch();
            output.WriteByte(digit);
            if (++digits < HexDigitsPerGlyph)
                continue;
            if (kerning[glyph] != 0 && glyph + 1 < kerning.Length)
            {
                output.WriteByte((byte)'>');
                output.WriteByte((byte)' ');
                kerning[glyph].TryFormat(number, out var length, "0.###", CultureInfo.InvariantCulture);
                output.Write(number[..length]);
                output.WriteByte((byte)' ');
                output.WriteByte((byte)'<');
            }
            (glyph, digits) = (glyph + 1, 0);
        }
        if (glyph != kerning.Length || digits != 0)
            throw Mismatch();
        output.Write(">] TJ"u8);
    }

    private static InvalidOperationException Mismatch() =>
        new("The page's content stream does not hold the strings drawn on it as PDFsharp writes them; its kerning cannot be applied.");
}
