using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// PDFsharp stamps random values into every file: the six-letter font subset tags, the XMP
/// document and instance uuids, and the trailer /ID. This replaces each, in place and at the same
/// length (so no offset moves), with a value derived from a hash of the file with those values
/// blanked: the same content always gives the same bytes.
/// </summary>
internal static partial class DeterministicIdentifiers
{
    public static byte[] Apply(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var blanked = SubsetTag().Replace(text, match => $"/{match.Groups[1].Value}/AAAAAA+");
        blanked = XmpUuid().Replace(blanked, "uuid:00000000-0000-0000-0000-000000000000");
        blanked = TrailerId().Replace(blanked, "/ID[<00000000000000000000000000000000><00000000000000000000000000000000>]");
        var seed = SHA256.HashData(Encoding.Latin1.GetBytes(blanked));

        var tags = new Dictionary<string, string>();
        var result = SubsetTag().Replace(text, match =>
        {
            if (!tags.TryGetValue(match.Groups[2].Value, out var tag))
                tags[match.Groups[2].Value] = tag = Letters(Derive(seed, $"subset-{tags.Count}"), 6);
            return $"/{match.Groups[1].Value}/{tag}+";
        });
        var uuidIndex = 0;
        result = XmpUuid().Replace(result, _ => "uuid:" + new Guid(Derive(seed, $"uuid-{uuidIndex++}")[..16]).ToString("D"));
        var id = Convert.ToHexString(Derive(seed, "id")[..16]);
        result = TrailerId().Replace(result, $"/ID[<{id}><{id}>]");
        return Encoding.Latin1.GetBytes(result);
    }

    private static byte[] Derive(byte[] seed, string purpose) =>
        SHA256.HashData([.. seed, .. Encoding.ASCII.GetBytes(purpose)]);

    private static string Letters(byte[] hash, int count) =>
        new(hash.Take(count).Select(value => (char)('A' + value % 26)).ToArray());

    [GeneratedRegex(@"/(FontName|BaseFont)/([A-Z]{6})\+")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex XmpUuid();

    [GeneratedRegex(@"/ID\[<[0-9A-F]{32}><[0-9A-F]{32}>\]")]
    private static partial Regex TrailerId();
}
