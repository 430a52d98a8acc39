using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Briefings.Typesetting.Themes;
using Xunit;

namespace Briefings.Typesetting.Tests.Pdf;

/// <summary>
/// PDFsharp writes the streams uncompressed and the writer compresses them (page contents while
/// the next page is drawn, the rest after saving); every stream must come out as a complete zlib
/// stream, whose Adler-32 trailer .NET's inflater checks, or as plain XMP metadata.
/// </summary>
public sealed partial class PdfStreamsTests
{
    private const string Document = """
        ---
        title: Streams
        ---
        # Streams

        A paragraph with **bold**, *italic* and `code`, and a [link](https://example.org).

        | A | B |
        |---|---|
        | 1 | 2 |
        """;

    public static TheoryData<bool> Archival => [false, true];

    [Theory]
    [MemberData(nameof(Archival))]
    public void EveryStream_IsCompleteZlib_ExceptTheMetadata(bool pdfA)
    {
        var pdf = new Typesetter(Theme.Default with { PdfA = pdfA }).Render(Document);

        var streams = Streams(pdf);

        Assert.True(streams.Count >= 5, $"only {streams.Count} streams found");
        Assert.All(streams, stream =>
        {
            if (stream.Dictionary.Contains("/Type/Metadata", StringComparison.Ordinal))
            {
                Assert.DoesNotContain("/Filter", stream.Dictionary, StringComparison.Ordinal);
                return;
            }
            Assert.Contains("/Filter/FlateDecode", stream.Dictionary, StringComparison.Ordinal);
            Assert.NotEmpty(Inflate(stream.Data)); // throws InvalidDataException on a missing or wrong trailer
        });
    }

    [Fact]
    public void PageContents_InflateToTheDrawingOperators()
    {
        var pdf = new Typesetter(Theme.Default).Render(Document);

        var contents = Streams(pdf).Where(stream => stream.Dictionary == $"<</Length {stream.Data.Length}/Filter/FlateDecode>>")
            .Select(stream => Encoding.Latin1.GetString(Inflate(stream.Data))).ToList();

        Assert.Contains(contents, text => text.Contains(" Tj", StringComparison.Ordinal) && text.Contains("BDC", StringComparison.Ordinal));
    }

    [Fact]
    public void PageContents_DrawAKernedWordAsOneTJ()
    {
        var pdf = new Typesetter(Theme.Default).Render("AVATAR");

        var contents = Streams(pdf).Where(stream => stream.Dictionary == $"<</Length {stream.Data.Length}/Filter/FlateDecode>>")
            .Select(stream => Encoding.Latin1.GetString(Inflate(stream.Data))).ToList();

        Assert.Contains(contents, text => KernedArray().IsMatch(text));
    }

    [GeneratedRegex(@"\[<[0-9a-fA-F]{4}> -?\d+(\.\d+)? <[0-9a-fA-F]{4}> -?\d+(\.\d+)? <[0-9a-fA-F]{4}>")]
    private static partial Regex KernedArray();

    private static byte[] Inflate(byte[] data)
    {
        using var input = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static List<(string Dictionary, byte[] Data)> Streams(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var streams = new List<(string, byte[])>();
        foreach (Match match in StreamStart().Matches(text))
        {
            var dictionary = match.Groups[1].Value;
            var length = int.Parse(LengthKey().Match(dictionary).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var start = match.Index + match.Length;
            Assert.Equal("\nendstream", text.Substring(start + length, "\nendstream".Length));
            streams.Add((dictionary, pdf[start..(start + length)]));
        }
        return streams;
    }

    [GeneratedRegex(@" obj\n(<<(?:(?! obj\n).)*?>>)\nstream\n", RegexOptions.Singleline)]
    private static partial Regex StreamStart();

    [GeneratedRegex(@"/Length (\d+)(?=[/>\s])")]
    private static partial Regex LengthKey();
}
