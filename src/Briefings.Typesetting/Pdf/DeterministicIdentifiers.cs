using System.Security.Cryptography;
using System.Text;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// PDFsharp stamps random values into every file: the six-letter font subset tags, the XMP
/// document and instance uuids, and the trailer /ID. This replaces each, in place and at the same
/// length (so no offset moves), with a value derived from a hash of the file with those values
/// blanked: the same content always gives the same bytes.
/// </summary>
internal static class DeterministicIdentifiers
{
    private const int TagLength = 6;
    private const int UuidLength = 36;
    private const int IdHexLength = 32;
    private const int IdLength = IdHexLength * 2 + 2; // "hex><hex"

    private delegate bool Accepts(ReadOnlySpan<byte> text);

    /// <summary>Rewrites <paramref name="pdf"/> in place and returns it.</summary>
    public static byte[] Apply(byte[] pdf)
    {
        var tags = SubsetTags(pdf);
        var uuids = Occurrences(pdf, "uuid:"u8, UuidLength, IsUuid);
        var ids = Occurrences(pdf, "/ID[<"u8, IdLength + 2, IsTrailerId);
        var originalTags = tags.Select(at => Encoding.ASCII.GetString(pdf, at, TagLength)).ToList();

        foreach (var at in tags)
            pdf.AsSpan(at, TagLength).Fill((byte)'A');
        foreach (var at in uuids)
            Encoding.ASCII.GetBytes("00000000-0000-0000-0000-000000000000", pdf.AsSpan(at, UuidLength));
        foreach (var at in ids)
            Encoding.ASCII.GetBytes($"{new string('0', IdHexLength)}><{new string('0', IdHexLength)}", pdf.AsSpan(at, IdLength));
        var seed = SHA256.HashData(pdf);

        var derivedTags = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < tags.Count; i++)
        {
            if (!derivedTags.TryGetValue(originalTags[i], out var tag))
                derivedTags[originalTags[i]] = tag = Letters(Derive(seed, $"subset-{derivedTags.Count}"), TagLength);
            Encoding.ASCII.GetBytes(tag, pdf.AsSpan(tags[i], TagLength));
        }
        for (var i = 0; i < uuids.Count; i++)
            Encoding.ASCII.GetBytes(new Guid(Derive(seed, $"uuid-{i}")[..16]).ToString("D"), pdf.AsSpan(uuids[i], UuidLength));
        var id = Convert.ToHexString(Derive(seed, "id")[..16]);
        foreach (var at in ids)
            Encoding.ASCII.GetBytes($"{id}><{id}", pdf.AsSpan(at, IdLength));
        return pdf;
    }

    /// <summary>Where the tags of <c>/FontName/ABCDEF+</c> and <c>/BaseFont/ABCDEF+</c> start, in file order.</summary>
    private static List<int> SubsetTags(byte[] pdf)
    {
        var found = Occurrences(pdf, "/FontName/"u8, TagLength + 1, IsTag);
        found.AddRange(Occurrences(pdf, "/BaseFont/"u8, TagLength + 1, IsTag));
        found.Sort();
        return found;
    }

    /// <summary>The offsets just after each <paramref name="prefix"/> whose next <paramref name="length"/> bytes pass <paramref name="accepts"/>.</summary>
    private static List<int> Occurrences(byte[] pdf, ReadOnlySpan<byte> prefix, int length, Accepts accepts)
    {
        var found = new List<int>();
        var from = 0;
        while (true)
        {
            var hit = pdf.AsSpan(from).IndexOf(prefix);
            if (hit < 0)
                return found;
            var at = from + hit + prefix.Length;
            if (at + length <= pdf.Length && accepts(pdf.AsSpan(at, length)))
                found.Add(at);
            from = at;
        }
    }

    private static bool IsTag(ReadOnlySpan<byte> text) =>
        text[..TagLength].IndexOfAnyExceptInRange((byte)'A', (byte)'Z') < 0 && text[TagLength] == '+';

    private static bool IsUuid(ReadOnlySpan<byte> span)
    {
        for (var i = 0; i < UuidLength; i++)
        {
            var dash = i is 8 or 13 or 18 or 23;
            if (dash ? span[i] != '-' : !(char.IsAsciiDigit((char)span[i]) || span[i] is >= (byte)'a' and <= (byte)'f'))
                return false;
        }
        return true;
    }

    /// <summary>"hex><hex>]", each hex 32 upper-case digits.</summary>
    private static bool IsTrailerId(ReadOnlySpan<byte> text) =>
        text[IdHexLength..(IdHexLength + 2)].SequenceEqual("><"u8) && text[IdLength..].SequenceEqual(">]"u8)
        && IsUpperHex(text[..IdHexLength]) && IsUpperHex(text[(IdHexLength + 2)..IdLength]);

    private static bool IsUpperHex(ReadOnlySpan<byte> span)
    {
        foreach (var value in span)
            if (!char.IsAsciiDigit((char)value) && value is not (>= (byte)'A' and <= (byte)'F'))
                return false;
        return true;
    }

    private static byte[] Derive(byte[] seed, string purpose) =>
        SHA256.HashData([.. seed, .. Encoding.ASCII.GetBytes(purpose)]);

    private static string Letters(byte[] hash, int count) =>
        new(hash.Take(count).Select(value => (char)('A' + value % 26)).ToArray());
}
