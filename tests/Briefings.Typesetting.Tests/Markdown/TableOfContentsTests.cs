using System.Globalization;
using Briefings.Testing;
using Briefings.Typesetting.Documents;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Themes;
using Xunit;

namespace Briefings.Typesetting.Tests.Markdown;

public sealed class TableOfContentsTests
{
    private static readonly Typesetter Typesetter = new(Theme.Default);

    private static string WithContents(string markdown) => "---\ntitle: Digest\ntoc: true\n---\n\n" + markdown;

    private static string LargeWorkload() =>
        WithContents(string.Join('\n', File.ReadAllLines(RepositoryRoot.File("tests", "Briefings.Benchmarks", "Workloads", "large.md")).Skip(1)));

    /// <summary>Each contents entry's page number, by the anchor it links to.</summary>
    private static List<(string Anchor, int Page)> Numbers(TypesetDocument document) =>
        [.. document.Pages.SelectMany(page => page.Items).OfType<TextItem>()
            .Where(item => item.Link is { Length: > 1 } link && link[0] == '#' && item.Text.Trim().All(char.IsAsciiDigit))
            .Select(item => (item.Link![1..], int.Parse(item.Text, CultureInfo.InvariantCulture)))];

    [Fact]
    public void Contents_GiveThePageEveryHeadingIsOn_OverSeveralPagesOfContents()
    {
        var document = Typesetter.Typeset(LargeWorkload());

        var numbers = Numbers(document);
        var anchors = AnchorPages.Of(document.Pages.Select(page => page.Items));
        Assert.True(numbers.Count > 100, $"{numbers.Count} entries");
        Assert.True(numbers.Max(entry => entry.Page) > 60);
        Assert.All(numbers, entry => Assert.Equal(anchors[entry.Anchor], entry.Page));
        // The contents fill pages of their own, so the body starts later than without them.
        Assert.True(numbers.Min(entry => entry.Page) > 2);
    }

    [Fact]
    public void Contents_ListHeadingsDownToThreeLevelsBelowTheTop()
    {
        var document = Typesetter.Typeset(WithContents("## One\n\ntext\n\n### Two\n\ntext\n\n#### Three\n\ntext\n\n##### Four\n\ntext\n"));

        Assert.Equal(["one", "two", "three"], Numbers(document).Select(entry => entry.Anchor));
        Assert.All(Numbers(document), entry => Assert.Equal(1, entry.Page));
    }

    [Fact]
    public void Contents_AreOnlyThereWhenAskedFor()
    {
        var without = Typesetter.Typeset("---\ntitle: Digest\n---\n\n## One\n\ntext\n");
        var empty = Typesetter.Typeset(WithContents("No headings at all.\n"));

        Assert.Empty(Numbers(without));
        Assert.DoesNotContain(without.Pages.SelectMany(page => page.Items).OfType<TextItem>(), item => item.Text.Trim() == "Contents");
        Assert.Empty(Numbers(empty));
    }

    [Fact]
    public void Contents_AreTaggedAsATableOfContents()
    {
        var pdf = Typesetter.Render(WithContents("## One\n\ntext\n\n## Two\n\ntext\n"));

        var source = Pdf.PdfSource.Uncompressed(pdf);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(source, "/S /TOC\\b"));
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(source, "/S /TOCI\\b").Count);
    }
}
