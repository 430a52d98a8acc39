using Briefings.Testing;
using Briefings.Typesetting.Tests.NothingLost;
using Briefings.Typesetting.Themes;
using Xunit;

namespace Briefings.Typesetting.Tests.Pdf;

/// <summary>The structure tree of the written PDF, as poppler's <c>pdfinfo -struct-text</c> reads it.</summary>
public sealed class TaggedPdfTests
{
    private static readonly Typesetter Typesetter = new(Theme.Default, TestStyles.TitledAndNumbered(Theme.Default));

    private const string Document = """
        ---
        title: Tagged brief
        marking: Official
        ---

        ## Key judgements

        The Taliban courts Hamas in public.[^1]

        - first point
        - second point

        > Palestine is the issue of the Islamic ummah.
        >
        > — Zabihullah Mujahid

        | Date | Event |
        |------|-------|
        | 2021 | Kabul falls |

        [^1]: Seed file 000.
        """;

    [Fact]
    public void WrittenPdf_TagsHeadingsParagraphsListsQuotesAndTables()
    {
        var tree = Structure(Typesetter.Render(Document));

        Assert.Equal("Document", tree[0].Trim());
        var tags = tree.Select(line => line.Trim()).Where(line => !line.StartsWith('"') && !line.StartsWith("Object ", StringComparison.Ordinal))
            .Select(line => line.Split(' ')[0]).ToList();
        // The footnote mark is a link: a Link element that holds its annotation.
        Assert.Equal(["Document", "H1", "H2", "P", "Link", "L", "LI", "Lbl", "LBody", "P", "LI", "Lbl", "LBody", "P",
            "BlockQuote", "P", "P", "Table", "TR", "TH", "TH", "TR", "TD", "TD", "L", "LI", "Lbl", "LBody", "P"], tags);
        Assert.StartsWith("Object ", tree[tree.FindIndex(line => line.Trim().StartsWith("Link", StringComparison.Ordinal)) + 1].Trim(), StringComparison.Ordinal);
        Assert.Equal("\"Key judgements\"", tree[tree.FindIndex(line => line.Trim().StartsWith("H2", StringComparison.Ordinal)) + 1].Trim());
    }

    [Fact]
    public void WrittenPdf_KeepsPageFurnitureOutOfTheStructure_AndEveryBodyWordInIt()
    {
        var pdf = Typesetter.Render(Document);
        var structureText = string.Concat(Structure(pdf).Select(line => line.Trim()).Where(line => line.StartsWith('"')));

        Assert.DoesNotContain("OFFICIAL", structureText, StringComparison.Ordinal);
        Assert.DoesNotContain("Page 1 of 1", structureText, StringComparison.Ordinal);
        Assert.Contains("The Taliban courts Hamas in public.", structureText, StringComparison.Ordinal);
        var body = PdfText.Visible(PdfText.BodyText(pdf, Theme.Default));
        var tagged = PdfText.Visible(structureText.Replace("\"", "", StringComparison.Ordinal));
        Assert.Equal(body.Replace("\"", "", StringComparison.Ordinal).Order(), tagged.Order());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void WrittenPdf_KeepsWebAndInternalLinks_TaggedOrNot(bool tagged)
    {
        var theme = Theme.Default with { Tagged = tagged };
        var typesetter = new Typesetter(theme, TestStyles.TitledAndNumbered(theme));

        var source = PdfSource.Uncompressed(typesetter.Render("See [the report](https://example.org/r) and the note.[^1]\n\n[^1]: The note.\n"));

        Assert.Contains("/URI (https://example.org/r)", source, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(source, "/Subtype /Link").Count);
        Assert.Contains("/Dest [", source, StringComparison.Ordinal);
        Assert.Equal(tagged, source.Contains("/S /Link", StringComparison.Ordinal));
    }

    private static List<string> Structure(byte[] pdf)
    {
        ExternalTool.Require("pdfinfo");
        var path = Path.Combine(Path.GetTempPath(), $"tagged-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var (exitCode, output) = ExternalTool.Run("pdfinfo", "-struct-text", path);
            Assert.Equal(0, exitCode);
            return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
        }
        finally
        {
            File.Delete(path);
        }
    }
}
