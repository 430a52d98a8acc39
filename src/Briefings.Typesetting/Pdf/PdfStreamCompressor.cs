using System.Buffers.Binary;
using System.Buffers.Text;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Briefings.Typesetting.Infrastructure;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// Compresses the streams of a PDF that PDFsharp wrote uncompressed (those not compressed already,
/// page by page, by <see cref="ContentStreamCompression"/>), several at once, as zlib FlateDecode. PDFsharp 6 compresses on one thread and ends its FlateDecode streams without the
/// zlib Adler-32 trailer, which strict checkers (qpdf --check) warn about; so the writer asks it for
/// no compression and this does it instead, and adds the missing trailer to the one kind of stream
/// PDFsharp compresses regardless (the PDF/A colour profile). XMP metadata stays plain text, as
/// archivists expect. It reads only the layout PDFsharp writes: one classic cross-reference table
/// and direct stream lengths; the table is rewritten for the new offsets.
/// </summary>
internal static partial class PdfStreamCompressor
{
    private static ReadOnlySpan<byte> StreamKeyword => ">>\nstream\n"u8;

    /// <param name="finished">Objects whose streams are compressed already, with their trailers, and stay as they are.</param>
    public static byte[] Compress(ReadOnlyMemory<byte> pdf, IReadOnlySet<int> finished)
    {
        var bytes = pdf.Span;
        var xrefAt = bytes.LastIndexOf("\nxref\n"u8) + 1;
        if (xrefAt <= 0)
            throw new TypesettingException("The PDF writer produced no cross-reference table.");
        var table = ReadXref(bytes[xrefAt..]);
        var objects = table.Where(entry => entry.InUse).OrderBy(entry => entry.Offset).ToArray();

        var rewritten = new byte[]?[objects.Length];
        Parallel.For(0, objects.Length, i =>
        {
            var start = (int)objects[i].Offset;
            var end = i + 1 < objects.Length ? (int)objects[i + 1].Offset : xrefAt;
            rewritten[i] = finished.Contains(objects[i].Number) ? null : Rewrite(pdf.Span[start..end]);
        });

        using var output = new MemoryStream(pdf.Length);
        output.Write(bytes[..(objects.Length > 0 ? (int)objects[0].Offset : xrefAt)]);
        var newOffsets = new Dictionary<int, long>(objects.Length);
        for (var i = 0; i < objects.Length; i++)
        {
            newOffsets[objects[i].Number] = output.Position;
            var start = (int)objects[i].Offset;
            var end = i + 1 < objects.Length ? (int)objects[i + 1].Offset : xrefAt;
            output.Write(rewritten[i] ?? bytes[start..end]);
        }

        var newXrefAt = output.Position;
        var xref = new StringBuilder();
        xref.Append(CultureInfo.InvariantCulture, $"xref\n0 {table.Count}\n");
        foreach (var entry in table)
        {
            var offset = entry.InUse ? newOffsets[entry.Number] : entry.Offset;
            xref.Append(CultureInfo.InvariantCulture, $"{offset:D10} {entry.Generation:D5} {(entry.InUse ? 'n' : 'f')} \n");
        }
        var tail = bytes[xrefAt..];
        var trailerAt = tail.IndexOf("trailer"u8);
        var startXrefAt = tail.IndexOf("startxref"u8);
        if (trailerAt < 0 || startXrefAt < trailerAt)
            throw new TypesettingException("The PDF writer produced no trailer.");
        xref.Append(Encoding.Latin1.GetString(tail[trailerAt..startXrefAt]));
        xref.Append(CultureInfo.InvariantCulture, $"startxref\n{newXrefAt}\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(xref.ToString()));
        return output.ToArray();
    }

    /// <summary>The object with its stream compressed or its trailer added; null when it stays as it is.</summary>
    private static byte[]? Rewrite(ReadOnlySpan<byte> obj)
    {
        var streamKeyword = obj.IndexOf(StreamKeyword);
        if (streamKeyword < 0)
            return null;
        var dictionary = Encoding.Latin1.GetString(obj[..(streamKeyword + 2)]);
        var length = LengthPattern().Match(dictionary);
        if (!length.Success)
            return null;
        var dataStart = streamKeyword + StreamKeyword.Length;
        var data = obj.Slice(dataStart, int.Parse(length.Groups[1].ValueSpan, CultureInfo.InvariantCulture));
        var rest = obj[(dataStart + data.Length)..];

        if (!dictionary.Contains("/Filter", StringComparison.Ordinal))
        {
            if (dictionary.Contains("/Type/Metadata", StringComparison.Ordinal))
                return null;
            var compressed = Deflate(data);
            var filtered = dictionary[..length.Index] + $"/Length {compressed.Length}/Filter/FlateDecode" + dictionary[(length.Index + length.Length)..];
            return Assemble(filtered, compressed, rest);
        }

        if (!dictionary.Contains("/Filter/FlateDecode", StringComparison.Ordinal) || dictionary.Contains("/DecodeParms", StringComparison.Ordinal)
            || data.Length < 2 || HasValidTrailer(data, out var inflated))
            return null;
        var trailer = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(trailer, Adler32.Compute(inflated));
        var lengthened = dictionary[..length.Index] + $"/Length {data.Length + 4}" + dictionary[(length.Index + length.Length)..];
        return Assemble(lengthened, [.. data, .. trailer], rest);
    }

    private static byte[] Assemble(string dictionary, ReadOnlySpan<byte> data, ReadOnlySpan<byte> rest)
    {
        using var output = new MemoryStream(dictionary.Length + StreamKeyword.Length + data.Length + rest.Length);
        output.Write(Encoding.Latin1.GetBytes(dictionary));
        output.Write("\nstream\n"u8);
        output.Write(data);
        output.Write(rest);
        return output.ToArray();
    }

    /// <summary>The data as a zlib stream (RFC 1950: header, deflate data, Adler-32 trailer).</summary>
    public static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream(data.Length / 3 + 64);
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(data);
        return output.ToArray();
    }

    /// <summary>Inflates a zlib stream that may lack its trailer; true when the trailer is there and right.</summary>
    private static bool HasValidTrailer(ReadOnlySpan<byte> data, out byte[] inflated)
    {
        using var input = new MemoryStream(data[2..].ToArray());
        using var inflater = new DeflateStream(input, CompressionMode.Decompress);
        using var result = new MemoryStream();
        inflater.CopyTo(result);
        inflated = result.ToArray();
        var consumed = 2 + (int)input.Position;
        return data.Length >= 4 && data.Length - consumed == 4
            && BinaryPrimitives.ReadUInt32BigEndian(data[^4..]) == Adler32.Compute(inflated);
    }

    /// <summary>The entries of the table at the start of <paramref name="xref"/> ("xref\n0 N\n" and N 20-byte lines).</summary>
    private static List<XrefEntry> ReadXref(ReadOnlySpan<byte> xref)
    {
        var subsection = "xref\n0 "u8;
        if (!xref.StartsWith(subsection) || !Utf8Parser.TryParse(xref[subsection.Length..], out int count, out var digits)
            || count < 1 || xref[subsection.Length + digits] != '\n')
            throw new TypesettingException("The PDF writer produced an unexpected cross-reference table.");
        var entries = new List<XrefEntry>(count);
        var lines = xref[(subsection.Length + digits + 1)..];
        for (var i = 0; i < count; i++)
        {
            var line = lines.Slice(i * 20, 20);
            if (!Utf8Parser.TryParse(line[..10], out long offset, out _) || !Utf8Parser.TryParse(line.Slice(11, 5), out int generation, out _))
                throw new TypesettingException("The PDF writer produced an unexpected cross-reference table.");
            entries.Add(new XrefEntry(i, offset, generation, line[17] == (byte)'n'));
        }
        return entries;
    }

    private sealed record XrefEntry(int Number, long Offset, int Generation, bool InUse);

    [GeneratedRegex(@"/Length (\d+)(?=[/>\s])")]
    private static partial Regex LengthPattern();
}
