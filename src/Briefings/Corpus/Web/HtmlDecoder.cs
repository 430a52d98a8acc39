using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Briefings.Corpus.Web;

/// <summary>
/// Turns a saved page's or feed's bytes into text: gzip is unpacked (within the seed size limit), the
/// encoding comes from a byte-order mark, else the page's <c>&lt;meta charset&gt;</c> (or XML
/// declaration), else detection (valid UTF-8, else Windows-1252, what browsers assume). A declaration the
/// bytes contradict is overruled with a warning. Bytes that are no markup are refused.
/// </summary>
public static partial class HtmlDecoder
{
    /// <summary>How far into the file a charset declaration is looked for (HTML's prescan reads 1024 bytes; pages pad more).</summary>
    private const int PrescanBytes = 4096;

    /// <summary>The smallest gzip file: a 10-byte header and an 8-byte trailer.</summary>
    private const int MinGzipLength = 18;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static HtmlDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text, and a note when the declared encoding was wrong; throws <see cref="WebPageException"/> for what is no page.</summary>
    public static (string Text, string? Note) Decode(byte[] bytes, long maxBytes)
    {
        if (bytes is [0x1f, 0x8b, ..])
            bytes = Gunzip(bytes, maxBytes);
        var (text, note) = ToText(bytes);
        text = text.TrimStart('\uFEFF');
        if (!LooksLikeMarkup(text))
            throw new WebPageException("the file is not HTML or a feed (no markup at its start)");
        return (text, note);
    }

    private static byte[] Gunzip(byte[] bytes, long maxBytes)
    {
        try
        {
            using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = input.Read(buffer)) > 0)
            {
                if (output.Length + read > maxBytes)
                    throw new WebPageException($"the file unpacks to over {maxBytes / 1_048_576} MB, the limit for one seed");
                output.Write(buffer, 0, read);
            }
            // A cut download still inflates, silently, to what it holds: the trailer's size (ISIZE) says whether that is all.
            if (bytes.Length < MinGzipLength || BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(bytes.Length - 4)) != (uint)output.Length)
                throw new WebPageException("the file is not valid gzip (truncated or damaged)");
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            throw new WebPageException("the file is not valid gzip (truncated or damaged)");
        }
    }

    private static (string Text, string? Note) ToText(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
            return (Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), null);
        if (bytes is [0xFF, 0xFE, ..])
            return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), null);
        if (bytes is [0xFE, 0xFF, ..])
            return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), null);
        if (Array.IndexOf(bytes, (byte)0) >= 0)
            throw new WebPageException("the file holds NUL bytes, so it is binary, not HTML");

        var utf8 = TryUtf8(bytes);
        var declared = Declared(bytes);
        if (declared is null)
            return (utf8 ?? Fallback(bytes), null);
        if (declared.CodePage == Encoding.UTF8.CodePage)
            return utf8 is not null ? (utf8, null) : (Fallback(bytes), "the page declares UTF-8 but is not valid UTF-8; read as Windows-1252");
        // A page declaring a legacy code page whose bytes are UTF-8 all the same (multi-byte sequences decode) was re-saved without its declaration changing.
        if (utf8 is not null && utf8.Any(ch => ch > '\u007F') && declared.IsSingleByte)
            return (utf8, $"the page declares {declared.WebName} but its bytes are UTF-8; read as UTF-8");
        return (declared.GetString(bytes), null);
    }

    private static string? TryUtf8(byte[] bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string Fallback(byte[] bytes) => Encoding.GetEncoding(1252).GetString(bytes);

    private static Encoding? Declared(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, PrescanBytes));
        if (Charset().Match(head) is not { Success: true } match)
            return null;
        try
        {
            return Encoding.GetEncoding(match.Groups["name"].Value.Trim());
        }
        catch (ArgumentException)
        {
            return null; // an unknown charset name: detect as if none were given
        }
    }

    private static bool LooksLikeMarkup(string text)
    {
        var start = text.AsSpan(0, Math.Min(text.Length, PrescanBytes)).TrimStart();
        return start.Length > 0 && start[0] == '<' && start.IndexOf('>') > 0;
    }

    [GeneratedRegex(@"<meta[^>]*?charset\s*=\s*[""']?(?<name>[A-Za-z0-9_.:-]+)|<\?xml[^>]*?encoding\s*=\s*[""'](?<name>[A-Za-z0-9_.:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
