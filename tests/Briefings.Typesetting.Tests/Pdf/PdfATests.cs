using Briefings.Testing;
using Briefings.Typesetting.Themes;
using Xunit;

namespace Briefings.Typesetting.Tests.Pdf;

/// <summary>
/// What PDF/A-1a asks that can be checked without a validator: the XMP identification, an sRGB
/// output intent, a structure tree, every font embedded; and that the plain output claims none of it.
/// </summary>
public sealed class PdfATests
{
    private const string Document = "---\ntitle: Archive copy\n---\n\n## Judgements\n\nThe Taliban courts Hamas.\n\n- one\n- two\n";

    [Fact]
    public void PdfAOption_WritesTheIdentificationOutputIntentAndStructure()
    {
        var pdf = PdfSource.Uncompressed(new Typesetter(Theme.Default with { PdfA = true }).Render(Document));

        Assert.Contains("<pdfaid:part>1</pdfaid:part>", pdf, StringComparison.Ordinal);
        Assert.Contains("<pdfaid:conformance>A</pdfaid:conformance>", pdf, StringComparison.Ordinal);
        Assert.Contains("/GTS_PDFA1", pdf, StringComparison.Ordinal);
        Assert.Contains("/DestOutputProfile", pdf, StringComparison.Ordinal);
        Assert.Contains("/StructTreeRoot", pdf, StringComparison.Ordinal);
        Assert.Contains("/Marked true", pdf, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainOutput_IsTaggedButClaimsNoPdfA()
    {
        var pdf = PdfSource.Uncompressed(new Typesetter(Theme.Default).Render(Document));

        Assert.Contains("/StructTreeRoot", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain("pdfaid", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain("/GTS_PDFA1", pdf, StringComparison.Ordinal);
    }

    [Fact]
    public void TaggedOff_LeavesTheStructureOut_ButPdfAKeepsIt()
    {
        var untagged = PdfSource.Uncompressed(new Typesetter(Theme.Default with { Tagged = false }).Render(Document));
        var archival = PdfSource.Uncompressed(new Typesetter(Theme.Default with { Tagged = false, PdfA = true }).Render(Document));

        Assert.DoesNotContain("/StructTreeRoot", untagged, StringComparison.Ordinal);
        Assert.Contains("/StructTreeRoot", archival, StringComparison.Ordinal);
    }

    [Fact]
    public void PdfAOption_EmbedsEveryFont_AndStaysDeterministic()
    {
        var typesetter = new Typesetter(Theme.Default with { PdfA = true });
        var first = typesetter.Render(Document);

        Assert.Equal(first, typesetter.Render(Document));
        var fonts = Tool(first, "pdffonts").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, line => Assert.Contains(" yes ", line, StringComparison.Ordinal));
    }

    private static string Tool(byte[] pdf, string tool)
    {
        ExternalTool.Require(tool);
        var path = Path.Combine(Path.GetTempPath(), $"pdfa-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var (exitCode, output) = ExternalTool.Run(tool, path);
            Assert.Equal(0, exitCode);
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
