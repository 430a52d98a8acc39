using System.Globalization;
using System.Text.RegularExpressions;
using Briefings.Testing;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Pdf;
using Briefings.Typesetting.Themes;
using Xunit;

namespace Briefings.Typesetting.Tests.Pdf;

public sealed partial class KerningPairsTests
{
    public static TheoryData<string> Faces => ["NotoSerif-Regular", "NotoSerif-Bold", "NotoSerif-Italic", "NotoSans-Regular", "NotoSans-BoldItalic"];

    /// <summary>
    /// HarfBuzz (hb-shape) applies the fonts' GPOS kerning as every OpenType shaper does: the measurer's
    /// width of a word, at 1000 points (one point per font unit), is the sum of HarfBuzz's advances.
    /// </summary>
    [Theory]
    [MemberData(nameof(Faces))]
    public void Width_EqualsHarfBuzzsKernedAdvances_ForWordsOfTheLargeWorkload(string faceName)
    {
        ExternalTool.Require("hb-shape", "apt-get install libharfbuzz-bin");
        var words = File.ReadAllText(RepositoryRoot.File("tests", "Briefings.Benchmarks", "Workloads", "large.md"))
            .Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word.All(ch => ch is >= ' ' and < '\u007F' or >= '\u2010' and <= '\u2027'))
            .Distinct().Take(1500).Append("AVATAR “Yes,” T. Y. Wo’s").ToList();
        var font = Path.Combine(Path.GetTempPath(), $"kerning-{faceName}-{Environment.ProcessId}.ttf");
        var text = Path.Combine(Path.GetTempPath(), $"kerning-{faceName}-{Environment.ProcessId}.txt");
        File.WriteAllBytes(font, new EmbeddedFontResolver().GetFont(faceName)!);
        File.WriteAllLines(text, words);
        var (exitCode, output) = ExternalTool.Run("hb-shape", "--features=-liga,-clig,-calt,-dlig", "--no-glyph-names", "--no-clusters", $"--text-file={text}", font);
        File.Delete(font);
        File.Delete(text);
        Assert.Equal(0, exitCode);

        var style = new TextStyle(FaceOf(faceName), 1000, new Rgb(0, 0, 0));
        var measurer = new PdfTextMeasurer();
        var shaped = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(words.Count, shaped.Length);
        Assert.All(words.Zip(shaped), pair =>
            Assert.True(Math.Abs(measurer.Width(pair.First, style) - Advances(pair.Second)) < 0.01,
                $"'{pair.First}': measured {measurer.Width(pair.First, style)}, HarfBuzz {Advances(pair.Second)}"));
    }

    [Theory]
    [InlineData("AV")]
    [InlineData("To")]
    [InlineData("r.")]
    public void Width_IsLessThanTheLettersApart_ForAPairTheFontKerns(string pair)
    {
        var measurer = new PdfTextMeasurer();
        var body = Theme.Default.Body;

        Assert.True(measurer.Width(pair, body) < measurer.Width(pair[..1], body) + measurer.Width(pair[1..], body));
    }

    [Fact]
    public void Read_FindsNoPairs_InAFontWithoutAGposTable()
    {
        var header = new byte[12]; // a table directory of no tables

        Assert.True(KerningPairs.Read(header).IsEmpty);
    }

    private static FontFace FaceOf(string faceName) =>
        new(faceName.StartsWith("NotoSans", StringComparison.Ordinal) ? "Noto Sans" : "Noto Serif", faceName.Contains("Bold", StringComparison.Ordinal), faceName.Contains("Italic", StringComparison.Ordinal));

    /// <summary>The sum of the advances in a line of hb-shape's output: <c>[36+625|57+595]</c>.</summary>
    private static double Advances(string line) =>
        Advance().Matches(line).Sum(match => double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"\+(-?\d+)")]
    private static partial Regex Advance();
}
