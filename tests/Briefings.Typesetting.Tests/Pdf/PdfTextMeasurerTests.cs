using Briefings.Testing;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Pdf;
using PdfSharp.Drawing;
using Xunit;

namespace Briefings.Typesetting.Tests.Pdf;

public sealed class PdfTextMeasurerTests
{
    public static TheoryData<string, bool, bool> Faces => new()
    {
        { "Noto Serif", false, false },
        { "Noto Serif", true, false },
        { "Noto Serif", false, true },
        { "Noto Sans", true, true },
    };

    /// <summary>
    /// The measurer sums cached character widths and the font's kerning; the PDF draws the text whole with
    /// PDFsharp's own advances and the kerning adjustments of a TJ array: together they must end where the
    /// measurer says the text ends, and a text without kerned pairs is PDFsharp's measure of it.
    /// </summary>
    [Theory]
    [MemberData(nameof(Faces))]
    public void Width_EqualsWhereTheKernedTextEnds_ForEveryWordOfTheLargeWorkload(string family, bool bold, bool italic)
    {
        var words = File.ReadAllText(RepositoryRoot.File("tests", "Briefings.Benchmarks", "Workloads", "large.md"))
            .Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Distinct().Take(3000)
            .Append("naïve café — “quoted” 🇵🇸 ﬁ");
        var style = new TextStyle(new FontFace(family, bold, italic), 10.5, new Rgb(0, 0, 0));
        var measurer = new PdfTextMeasurer();
        using var context = XGraphics.CreateMeasureContext(new XSize(1000, 1000), XGraphicsUnit.Point, XPageDirection.Downwards);
        var font = PdfTextMeasurer.Font(style.Face, style.Size);

        Assert.All(words, word =>
        {
            var kerning = PdfTextMeasurer.Kerning(word, style) ?? new double[PdfTextMeasurer.GlyphCount(word)];
            Assert.Equal(PdfTextMeasurer.GlyphCount(word), kerning.Length);
            var kerned = -kerning.Sum() / 1000 * style.Size;
            Assert.Equal(context.MeasureString(word, font).Width + kerned, measurer.Width(word, style), 6);
        });
    }

    /// <summary>Builds measure in parallel and share the width tables, which fill as characters are first met.</summary>
    [Fact]
    public void Width_IsTheSame_WhenManyThreadsMeasureAtOnce()
    {
        var text = string.Concat(Enumerable.Range(0x100, 0x900).Where(code => !char.IsSurrogate((char)code)).Select(code => (char)code));
        var words = Enumerable.Range(0, text.Length / 7).Select(i => text.Substring(i * 7, 7)).ToList();
        var style = new TextStyle(new FontFace("Noto Sans", Bold: true, Italic: true), 9, new Rgb(0, 0, 0));

        var concurrent = new double[words.Count];
        Parallel.For(0, words.Count, i => concurrent[i] = new PdfTextMeasurer().Width(words[i], style));
        var sequential = words.Select(word => new PdfTextMeasurer().Width(word, style));

        Assert.Equal(sequential, concurrent);
    }
}
