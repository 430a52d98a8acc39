using Briefings.Testing;
using Briefings.Typesetting.Documents;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Themes;
using Xunit;

namespace Briefings.Typesetting.Tests;

public sealed class TypesetterTests
{
    private static readonly Typesetter Typesetter = new(Theme.Default);
    private static readonly string Small = File.ReadAllText(RepositoryRoot.File("tests", "Briefings.Benchmarks", "Workloads", "small.md"));

    public static TheoryData<string> HostileDocuments => new()
    {
        "",
        "# Only a heading",
        string.Concat(Enumerable.Repeat("x", 5000)),
        string.Join("\n", Enumerable.Range(0, 12).Select(depth => new string(' ', depth * 2) + "- level " + depth)),
        string.Join("\n", Enumerable.Range(1, 10).Select(depth => new string('>', depth) + " quoted " + depth)),
        "zero\u200Bwidth and \u202Eoverride\u202C and control \u0007 bell",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "| " + string.Join(" | ", Enumerable.Range(1, 30).Select(i => $"column {i}")) + " |\n" + string.Concat(Enumerable.Repeat("|---", 30)) + "|\n| " + string.Join(" | ", Enumerable.Range(1, 30).Select(i => $"value {i} with words")) + " |",
        "```\ncode line one\n  indented line two\n```",
        "<div>raw html block</div>\n\ntext with <span>inline html</span> &amp; an entity",
    };

    [Theory]
    [MemberData(nameof(HostileDocuments))]
    [InlineData("LARGE")]
    public void Typeset_DrawsEveryItemInsideThePrintableArea(string markdown)
    {
        if (markdown == "LARGE")
            markdown = File.ReadAllText(RepositoryRoot.File("tests", "Briefings.Benchmarks", "Workloads", "large.md"));
        var theme = Theme.Default;
        var document = Typesetter.Typeset("---\ntitle: Bounds\nmarking: UNCLASSIFIED\n---\n" + markdown);
        const double Slack = 0.5;

        foreach (var item in document.Pages.SelectMany(frame => frame.Items))
        {
            var (left, top, right, bottom) = item switch
            {
                TextItem text => (text.X, text.Baseline - text.Style.Size, text.X + text.Width, text.Baseline),
                RectItem rect => (rect.X, rect.Y, rect.X + rect.Width, rect.Y + rect.Height),
                LineItem line => (Math.Min(line.X1, line.X2), Math.Min(line.Y1, line.Y2), Math.Max(line.X1, line.X2), Math.Max(line.Y1, line.Y2)),
                _ => (theme.MarginLeft, 0, theme.MarginLeft, 0),
            };
            Assert.True(left >= theme.MarginLeft - Slack && right <= theme.PageSize.Width - theme.MarginRight + Slack, $"{item} leaves the text column");
            Assert.True(top >= 0 && bottom <= theme.PageSize.Height, $"{item} leaves the page");
        }
    }

    [Fact]
    public void Typeset_KeepsBodyTextBetweenTheMargins()
    {
        var theme = Theme.Default;
        var document = Typesetter.Typeset(Small);
        var body = BodyItems(document);

        Assert.All(body, item =>
        {
            Assert.True(item.X >= theme.MarginLeft - 0.01, $"'{item.Text}' starts at {item.X}");
            Assert.True(item.X + item.Width <= theme.PageSize.Width - theme.MarginRight + 0.5, $"'{item.Text}' ends at {item.X + item.Width}");
        });
    }

    [Theory]
    [MemberData(nameof(HostileDocuments))]
    public void Typeset_LosesNoCharacterOfTheText_ForHostileDocuments(string markdown) => AssertNothingLost(markdown);

    [Fact]
    public void Typeset_LosesNoCharacterOfTheText_ForTheSmallWorkload() => AssertNothingLost(Small);

    [Fact]
    public void Typeset_SetsTheTextOfAnOpeningDashBlockThatIsNotFrontMatter_AndSaysSo()
    {
        var document = Typesetter.Typeset("---\n\nA paragraph between two rules.\n\n---\n\nAfter.\n");

        Assert.Contains(BodyItems(document), item => item.Text.Contains("between", StringComparison.Ordinal));
        Assert.Contains("is not YAML front matter", Assert.Single(document.Warnings));
    }

    [Fact]
    public void Typeset_RefusesBrokenFrontMatter_WithItsLine()
    {
        var error = Assert.Throws<TypesettingException>(() => Typesetter.Typeset("---\ntitle: ok\nauthor: [unclosed\n---\nText.\n"));

        Assert.Equal(new InputPlace(null, 3, 9), error.Place);
        Assert.StartsWith("the front matter is not valid YAML", error.Message);
    }

    [Fact]
    public void Typeset_GivesPagesNumberedOneToN_WithPageXOfYInTheFooter()
    {
        var document = new Typesetter(Theme.Default, TestStyles.TitledAndNumbered(Theme.Default)).Typeset(Small);
        var count = document.Pages.Length;

        Assert.All(document.Pages, page =>
            Assert.Contains(page.Items.OfType<TextItem>(), item => item.Text == $"Page {page.Number} of {count}"));
    }

    [Fact]
    public void WritePdf_LinksACitationMarkToTheNamedParagraph_AndSkipsUnknownTargets()
    {
        var markdown = "Claim [\\[1\\]](#source-1) and [\\[9\\]](#missing).\n\n1. The source. {#source-1}\n";

        var pdf = System.Text.Encoding.Latin1.GetString(Typesetter.Render(markdown));

        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(pdf, "/Subtype/Link"));
        Assert.DoesNotContain("{#source-1}", string.Concat(BodyItems(Typesetter.Typeset(markdown)).Select(item => item.Text)));
    }

    [Fact]
    public void WritePdf_SetsFootnotesAtTheEnd_WithMarksThatLinkToThem()
    {
        var markdown = "Claim one.[^a] Claim two.[^b] Claim one again.[^a]\n\nMore text.\n\n[^a]: First note.\n[^b]: Second note.\n";

        var texts = BodyItems(Typesetter.Typeset(markdown)).Select(item => item.Text).ToList();
        var pdf = System.Text.Encoding.Latin1.GetString(Typesetter.Render(markdown));

        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(pdf, "/Subtype/Link"));
        Assert.True(texts.FindIndex(text => text.Contains("First note", StringComparison.Ordinal)) > texts.FindIndex(text => text.Contains("More text", StringComparison.Ordinal)));
        Assert.DoesNotContain(texts, text => text.Contains("[^", StringComparison.Ordinal));
    }

    [Fact]
    public void WritePdf_GivesIdenticalBytes_ForTheSameInput()
    {
        var linked = Small + "\n\nSee [\\[1\\]](#note-1) and <https://example.org>.\n\nThe note. {#note-1}\n";
        var first = Typesetter.Render(linked);
        Thread.Sleep(1100); // a clock-stamped field would now differ
        var second = Typesetter.Render(linked);

        Assert.Equal(first, second);
    }

    [Fact]
    public void WritePdf_PassesQpdfCheckWithoutWarnings()
    {
        var path = Path.Combine(Path.GetTempPath(), $"typesetter-{Environment.ProcessId}.pdf");
        File.WriteAllBytes(path, Typesetter.Render(Small));

        var (exitCode, output) = ExternalTool.Run("qpdf", "--check", path);

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("WARNING", output);
    }

    [Fact]
    public void HeadingTitles_AreTheHeadingsWords_EvenWhereTheSetLinesEndInHyphens()
    {
        var narrow = new Typesetter(Theme.Default with { MarginLeft = 250, MarginRight = 250 });

        var document = narrow.Typeset("# the internationalisation of *counterinsurgency*\u0007\n\ntext\n");

        var lines = document.Pages.SelectMany(page => page.Items).OfType<TextItem>().Select(item => item.Text).ToList();
        Assert.Contains(lines, text => text.EndsWith('-'));
        var anchor = Assert.Single(document.Pages.SelectMany(page => page.Items).OfType<AnchorItem>(), item => item.OutlineLevel == 1);
        Assert.Equal("the internationalisation of counterinsurgency", anchor.Title);
        Assert.Equal("the-internationalisation-of-counterinsurgency", anchor.Name);
    }

    [Fact]
    public async Task WarmUp_ChangesNoOutput_AndEndsOnceAPdfIsWritten()
    {
        var warmed = new Typesetter(Theme.Default);
        var warmUp = warmed.WarmUp();

        var pdf = warmed.Render(Small);
        await warmUp.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Equal(new Typesetter(Theme.Default).Render(Small), pdf);
    }

    private static List<TextItem> BodyItems(TypesetDocument document)
    {
        var theme = Theme.Default;
        return [.. document.Pages.SelectMany(page => page.Items).OfType<TextItem>()
            .Where(item => item.Baseline > theme.MarginTop && item.Baseline < theme.PageSize.Height - theme.MarginBottom)];
    }

    /// <summary>
    /// Every non-space character of the document's text appears, in order, among the drawn text.
    /// Control and format characters (bell, zero-width space, bidi overrides) are not text to draw.
    /// </summary>
    private static void AssertNothingLost(string markdown)
    {
        var expected = NothingLost.PdfText.Visible(Markdig.Markdown.ToPlainText(markdown, Typesetting.Markdown.MarkdownPipelines.For(Typesetter.Theme.SmartPunctuation)));
        var drawn = NothingLost.PdfText.Visible(string.Concat(BodyItems(Typesetter.Typeset(markdown)).Select(item => item.Text)));

        var at = 0;
        foreach (var ch in expected)
        {
            at = drawn.IndexOf(ch, at);
            Assert.True(at >= 0, $"'{ch}' of the text was not drawn (expected text: {expected[..Math.Min(80, expected.Length)]})");
            at++;
        }
    }
}
