using Briefings.Testing;
using Briefings.Typesetting.Documents;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Themes;
using Xunit;

namespace Briefings.Typesetting.Tests.Documents;

public sealed class PageTemplateTests
{
    private static readonly Theme Theme = Theme.Default;
    private static readonly TextStyle Small = Theme.Sans(Theme.SmallSize);
    private static readonly string ThreePages = File.ReadAllText(RepositoryRoot.File("tests", "Briefings.Benchmarks", "Workloads", "small.md"));

    private static TypesetDocument Typeset(string markdown, PageTemplate template) =>
        new Typesetter(Theme, new DocumentStyle(info => info, _ => template)).Typeset(markdown);

    private static List<TextItem> Texts(PageFrame page) => [.. page.Items.OfType<TextItem>()];

    [Fact]
    public void Typeset_DrawsAnElementFromItsFirstPageOn_WhenFromPageIsTwo()
    {
        var header = new PageText(["running header"], Small, 30, 50, 300, TextAlignment.Left) { FromPage = 2 };

        var pages = Typeset(ThreePages, new PageTemplate { Header = [header] }).Pages;

        Assert.True(pages.Length >= 2);
        Assert.DoesNotContain(Texts(pages[0]), item => item.Text == "running header");
        Assert.All(pages.Skip(1), page => Assert.Contains(Texts(page), item => item.Text == "running header"));
    }

    [Fact]
    public void Typeset_ShortensAPageTextToItsBox_WhenShortenToFitIsSet()
    {
        var long_ = string.Join(' ', Enumerable.Repeat("words", 40));
        var text = new PageText([long_], Small, 30, 100, 200, TextAlignment.Left) { ShortenToFit = true };

        var item = Assert.Single(Texts(Typeset("Body.", new PageTemplate { Header = [text] }).Pages[0]), item => item.Baseline == 30);

        Assert.EndsWith("…", item.Text);
        Assert.InRange(item.Width, 1, 100);
    }

    [Theory]
    [InlineData(TextAlignment.Left)]
    [InlineData(TextAlignment.Center)]
    [InlineData(TextAlignment.Right)]
    public void Typeset_PlacesAPageTextBetweenItsLeftAndRight_AsItsAlignmentSays(TextAlignment alignment)
    {
        var text = new PageText(["Page ", new PageNumber(), " of ", new TotalPages()], Small, 800, 100, 400, alignment);

        var pages = Typeset(ThreePages, new PageTemplate { Footer = [text] }).Pages;

        var item = Assert.Single(Texts(pages[1]), item => item.Baseline == 800);
        Assert.Equal($"Page 2 of {pages.Length}", item.Text);
        var expected = alignment switch { TextAlignment.Left => 100, TextAlignment.Center => (500 - item.Width) / 2, _ => 400 - item.Width };
        Assert.Equal(expected, item.X, 6);
    }

    [Fact]
    public void Typeset_DrawsOnlyTheBody_WithThePlainStyle()
    {
        var plain = new Typesetter(Theme).Typeset("---\ntitle: A title\nmarking: SECRET\n---\n\nBody.\n");

        Assert.Equal(["Body."], plain.Pages.SelectMany(Texts).Select(item => item.Text));
    }

    [Fact]
    public void Typeset_GivesTheStyleEveryNonNullScalarOfTheFrontMatter_AsFields()
    {
        DocumentInfo? seen = null;
        var style = new DocumentStyle(info => info, info => { seen = info; return PageTemplate.Empty; });

        new Typesetter(Theme, style).Typeset("---\ntitle: T\nmarking: x\nempty:\ntilde: ~\nlist: [a]\nquoted: ''\ndate: 2024-05-01\n---\n\nBody.\n");

        Assert.NotNull(seen);
        Assert.Equal(new Dictionary<string, string> { ["title"] = "T", ["marking"] = "x", ["quoted"] = "", ["date"] = "2024-05-01" }, seen.Fields);
    }
}
