using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// PDFsharp 6.5 ends its FlateDecode streams without the zlib Adler-32 trailer, which strict
/// checkers (qpdf --check) warn about. This appends the trailer to each such stream, updates its
/// /Length and rewrites the cross-reference table. It reads only the layout PDFsharp writes:
/// one classic xref table, direct stream lengths.
/// </summary>
internal static partial class DeflateTrailerRepair
{
    public static byte[] Repair(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var xrefAt = text.LastIndexOf("\nxref\n", StringComparison.Ordinal) + 1;
        if (xrefAt <= 0)
            throw new TypesettingException("The PDF writer produced no cross-reference table.");
        var table = ReadXref(text, xrefAt);
        var ordered = table.Where(entry => entry.InUse).OrderBy(entry => entry.Offset).ToList();

        using var output = new MemoryStream(pdf.Length + ordered.Count * 8);
        output.Write(pdf, 0, ordered.Count > 0 ? (int)ordered[0].Offset : xrefAt);
        var newOffsets = new Dictionary<int, long>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var start = (int)ordered[i].Offset;
            var end = i + 1 < ordered.Count ? (int)ordered[i + 1].Offset : xrefAt;
            newOffsets[ordered[i].Number] = output.Position;
            output.Write(RepairObject(pdf.AsSpan(start, end - start), text.AsSpan(start, end - start)));
        }

        var newXrefAt = output.Position;
        var xref = new StringBuilder();
        xref.Append(CultureInfo.InvariantCulture, $"xref\n0 {table.Count}\n");
        foreach (var entry in table)
        {
            var offset = entry.InUse ? newOffsets[entry.Number] : entry.Offset;
            xref.Append(CultureInfo.InvariantCulture, $"{offset:D10} {entry.Generation:D5} {(entry.InUse ? 'n' : 'f')} \n");
        }
        var trailerAt = text.IndexOf("trailer", xrefAt, StringComparison.Ordinal);
        var startXrefAt = text.IndexOf("startxref", trailerAt, StringComparison.Ordinal);
        xref.Append(text, trailerAt, startXrefAt - trailerAt);
        xref.Append(CultureInfo.InvariantCulture, $"startxref\n{newXrefAt}\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(xref.ToString()));
        return output.ToArray();
    }

    private static byte[] RepairObject(ReadOnlySpan<byte> bytes, ReadOnlySpan<char> text)
    {
        var streamKeyword = text.IndexOf(">>\nstream\n", StringComparison.Ordinal);
        if (streamKeyword < 0)
            return bytes.ToArray();
        var dictionary = text[..(streamKeyword + 2)].ToString();
        var length = LengthPattern().Match(dictionary);
        if (!dictionary.Contains("/Filter/FlateDecode", StringComparison.Ordinal) || dictionary.Contains("/DecodeParms", StringComparison.Ordinal) || !length.Success)
            return bytes.ToArray();

        var dataStart = streamKeyword + ">>\nstream\n".Length;
        var dataLength = int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture);
        var data = bytes.Slice(dataStart, dataLength);
        if (data.Length < 2 || HasValidTrailer(data, out var inflated))
            return bytes.ToArray();

        var trailer = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(trailer, Adler32.Compute(inflated));
        var newDictionary = dictionary[..length.Index] + $"/Length {dataLength + 4}" + dictionary[(length.Index + length.Length)..];
        using var output = new MemoryStream(bytes.Length + 8);
        output.Write(Encoding.Latin1.GetBytes(newDictionary + "\nstream\n"));
        output.Write(data);
        output.Write(trailer);
        output.Write(bytes[(dataStart + dataLength)..]);
        return output.ToArray();
    }

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

    private static List<XrefEntry> ReadXref(string text, int xrefAt)
    {
        var header = XrefHeaderPattern().Match(text, xrefAt);
        if (!header.Success || int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture) != 0)
            throw new TypesettingException("The PDF writer produced an unexpected cross-reference table.");
        var count = int.Parse(header.Groups[2].Value, CultureInfo.InvariantCulture);
        var entries = new List<XrefEntry>(count);
        var at = header.Index + header.Length;
        for (var i = 0; i < count; i++, at += 20)
        {
            var offset = long.Parse(text.AsSpan(at, 10), CultureInfo.InvariantCulture);
            var generation = int.Parse(text.AsSpan(at + 11, 5), CultureInfo.InvariantCulture);
            entries.Add(new XrefEntry(i, offset, generation, text[at + 17] == 'n'));
        }
        return entries;
    }

    private sealed record XrefEntry(int Number, long Offset, int Generation, bool InUse);

    [GeneratedRegex(@"/Length (\d+)(?=[/>\s])")]
    private static partial Regex LengthPattern();

    [GeneratedRegex(@"\Gxref\n(\d+) (\d+)\n")]
    private static partial Regex XrefHeaderPattern();
}
