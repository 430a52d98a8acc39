using System.Text;
using Briefings.Testing;
using Briefings.Typesetting.Documents;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Tests.Pdf;
using Briefings.Typesetting.Themes;
using Xunit;

namespace Briefings.Typesetting.Tests.Markdown.Renderers;

public sealed class FigureTests
{
    private static readonly string Fixtures = RepositoryRoot.File("tests", "Briefings.Typesetting.Tests", "Fixtures");
    private static readonly Typesetter Typesetter = new(Theme.Default);

    private static List<ImageItem> Images(TypesetDocument document) => [.. document.Pages.SelectMany(page => page.Items).OfType<ImageItem>()];

    private static string Text(TypesetDocument document) =>
        string.Join(" ", document.Pages.SelectMany(page => page.Items).OfType<TextItem>().Select(item => item.Text.Trim()));

    [Fact]
    public void Figure_ScalesAWideImageDownToTheColumn_KeepingItsShape_WithItsDescriptionAsCaption()
    {
        var document = Typesetter.Typeset("Before.\n\n![Masthead of the brief](banner.jpg)\n\nAfter.\n", folder: Fixtures);

        var image = Assert.Single(Images(document));
        var column = Theme.Default.BodySizeOnPage.Width;
        Assert.Equal(column, image.Width, 3);
        Assert.Equal(827.0 / 300.0, image.Width / image.Height, 2);
        Assert.Equal(Theme.Default.MarginLeft, image.X, 3);
        Assert.Contains("Masthead of the brief", Text(document), StringComparison.Ordinal);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Figure_ShrinksATallImageToFitThePage()
    {
        var shortPage = Theme.Default with { MarginTop = 250, MarginBottom = 250 };

        var document = new Typesetter(shortPage).Typeset("![A page](page.png)\n", folder: Fixtures);

        var image = Assert.Single(Images(document));
        Assert.True(image.Height <= shortPage.BodySizeOnPage.Height * 0.85 + 0.001, $"{image.Height} of {shortPage.BodySizeOnPage.Height}");
        Assert.Equal(331.0 / 468.0, image.Width / image.Height, 2);
        Assert.All(document.Pages, page => Assert.All(page.Items.OfType<ImageItem>(), item =>
            Assert.InRange(item.Y + item.Height, shortPage.MarginTop, shortPage.PageSize.Height - shortPage.MarginBottom + 0.001)));
    }

    [Fact]
    public void Figure_MovesWholeToTheNextPage_WhenItDoesNotFit()
    {
        var filler = string.Concat(Enumerable.Repeat("A line of text to fill the page.\n\n", 42));

        var document = Typesetter.Typeset(filler + "![A page](page.png)\n", folder: Fixtures);

        var page = Assert.Single(document.Pages, frame => frame.Items.OfType<ImageItem>().Any());
        Assert.True(page.Number > 1);
        var image = page.Items.OfType<ImageItem>().Single();
        Assert.InRange(image.Y + image.Height, 0, Theme.Default.PageSize.Height - Theme.Default.MarginBottom + 0.001);
    }

    [Theory]
    [InlineData("missing.png", "no such file")]
    [InlineData("../Layout/FigureTests.cs", "outside the document's folder")]
    [InlineData("/etc/hosts", "relative to the document's folder")]
    [InlineData("https://example.org/a.png", "not fetched from the network")]
    [InlineData("broken.png", "cannot be decoded")]
    [InlineData("animation.gif", "only PNG and JPEG")]
    public void UnusableImage_IsReported_AndItsDescriptionPrintedInstead(string reference, string reason)
    {
        var folder = Directory.CreateTempSubdirectory("figures-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "broken.png"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]);
            File.WriteAllBytes(Path.Combine(folder, "animation.gif"), Encoding.ASCII.GetBytes("GIF89a...."));

            var document = Typesetter.Typeset($"Text.\n\n![Kabul skyline]({reference})\n", folder: folder);

            Assert.Empty(Images(document));
            Assert.Contains("Kabul skyline", Text(document), StringComparison.Ordinal);
            var warning = Assert.Single(document.Warnings);
            Assert.Contains("line 3", warning, StringComparison.Ordinal);
            Assert.Contains(reason, warning, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void WrittenPdf_HoldsEachImageOnce_TaggedAsAFigureWithItsDescription_AndIsDeterministic()
    {
        const string markdown = "![First](page.png)\n\n![Again](page.png)\n\n![Masthead](banner.jpg)\n";

        var pdf = Typesetter.Render(markdown, folder: Fixtures);

        Assert.Equal(pdf, Typesetter.Render(markdown, folder: Fixtures));
        var text = PdfSource.Uncompressed(pdf);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(text, @"/Subtype /Image").Count);
        Assert.Contains("/Alt (First)", text, StringComparison.Ordinal);
        Assert.Contains("/Alt (Masthead)", text, StringComparison.Ordinal);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(text, @"/S /Figure").Count);
    }
}
