using Briefings.Testing;
using Briefings.Typesetting.Documents;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Tests.NothingLost;
using Briefings.Typesetting.Themes;
using Xunit;

namespace Briefings.Typesetting.Tests;

/// <summary>What a typesetter checks on the printed page (issue 22), on laid-out frames and on pdftotext's reading of the PDF.</summary>
public sealed class TypographyTests
{
    private static readonly Typesetter Typesetter = new(Theme.Default);
    private static readonly string Large = File.ReadAllText(RepositoryRoot.File("tests", "Briefings.Benchmarks", "Workloads", "large.md"));

    private static List<TextItem> BodyItems(IEnumerable<FrameItem> page)
    {
        var theme = Theme.Default;
        return [.. page.OfType<TextItem>().Where(item => item.Baseline > theme.MarginTop && item.Baseline < theme.PageSize.Height - theme.MarginBottom)];
    }

    [Fact]
    public void Typeset_EndsNoPageInsideAHyphenatedWord_ForTheLargeWorkload()
    {
        var document = Typesetter.Typeset(Large);

        var hyphenated = document.Pages.Select((page, index) => (Page: index + 1, Last: BodyItems(page.Items).LastOrDefault()))
            .Where(page => page.Last is { } item && item.Text.TrimEnd() is [.., var letter, '-'] && char.IsLetter(letter))
            .Select(page => $"page {page.Page}: '{page.Last!.Text}'").ToList();
        Assert.Empty(hyphenated);
        // The large workload has many hyphenated lines: the rule is exercised, not vacuous.
        Assert.True(document.Pages.SelectMany(page => BodyItems(page.Items)).Count(item => item.Text.TrimEnd().EndsWith('-')) > 50);
    }

    [Fact]
    public void Typeset_SetsAShortTableColumnOnOneLine_BesideAColumnOfLongText()
    {
        var rows = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"| A long title that says a great deal about article number {i} and then goes on to say more still | Afghanistan Analysts Network | 2024 |\n"));
        var document = Typesetter.Typeset("| Title | Publisher | Date |\n|:--|:--|:--|\n" + rows);

        var texts = document.Pages.SelectMany(page => BodyItems(page.Items)).Select(item => item.Text.Trim()).ToList();
        Assert.Equal(6, texts.Count(text => text == "Afghanistan Analysts Network"));
        Assert.DoesNotContain("Network", texts);
    }

    [Fact]
    public void Typeset_LeavesAtLeastTheGutter_BetweenOneColumnsTextAndTheNext()
    {
        var document = Typesetter.Typeset("| Date | Event |\n|:--|:--|\n| c. 30 Jul 2024 | The Emirate's final encounter with Ismail Haniyeh came when acting Deputy Prime Minister Kabir attended the inauguration |\n");

        var measurer = new Briefings.Typesetting.Pdf.PdfTextMeasurer();
        var items = BodyItems(document.Pages[0].Items);
        var date = items.Single(item => item.Text.Trim() == "c. 30 Jul 2024");
        var eventX = items.Where(item => item.Text.StartsWith("The", StringComparison.Ordinal)).Min(item => item.X);
        Assert.True(eventX - (date.X + measurer.Width(date.Text.Trim(), date.Style)) >= Theme.Default.TableGutter - 0.01);
    }

    [Fact]
    public void WritePdf_PrintsCurlyQuotesAndDashes_FromStraightOnes_WhenTheThemeAsksForSmartPunctuation()
    {
        const string markdown = "---\ntitle: Afghanistan's \"new\" order\n---\n\nThe Taliban's \"emirate\" -- so called --- said 'no'... again.\n";

        var smart = PdfText.BodyText(Typesetter.Render(markdown), Theme.Default);
        var plain = PdfText.BodyText(new Typesetter(Theme.Default with { SmartPunctuation = false }).Render(markdown), Theme.Default);

        Assert.Equal("Afghanistan’s “new” order", Typesetter.Typeset(markdown).Info.MetadataTitle);
        Assert.Contains("The Taliban’s “emirate” – so called — said ‘no’… again.", smart.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.Contains("The Taliban's \"emirate\" -- so called --- said 'no'... again.", plain.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Fact]
    public void Typeset_KeepsANumberWithItsMonthAndAReferenceWithItsNumber_OnOneLine_WhereverTheLineEnds()
    {
        // Forty paragraphs, each pushing the units two letters further, so that some line ends fall inside each of them.
        var paragraphs = Enumerable.Range(0, 40).Select(shift =>
            string.Join(" ", Enumerable.Repeat("a", shift)) + " Before the 7 October 2023 attacks, see p. 12 and No. 5 of the report by J. R. Smith and Mr. Haniyeh, said twice [3].");
        var document = Typesetter.Typeset(string.Join("\n\n", paragraphs) + "\n");

        var lines = document.Pages.SelectMany(page => BodyItems(page.Items).GroupBy(item => (page, item.Baseline)))
            .Select(line => string.Concat(line.Select(item => item.Text)).Trim()).ToList();
        string[] broken = ["7", "7 October", "p.", "No.", "J.", "J. R.", "R.", "Mr."];
        Assert.DoesNotContain(lines, line => broken.Any(end => line == end || line.EndsWith(" " + end, StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, line => line.StartsWith("[3]", StringComparison.Ordinal));
        // The line ends do fall around the units: whole units are seen starting lines.
        string[] units = ["7 October 2023", "October 2023", "p. 12", "No. 5", "J. R. Smith", "Mr. Haniyeh"];
        Assert.True(lines.Count(line => units.Any(unit => line.StartsWith(unit, StringComparison.Ordinal))) >= 10);
    }

    [Fact]
    public void Typeset_BreaksALongAddressAtItsSlashes_WithoutAddingAHyphen()
    {
        var address = "https://www.example.org/reports/2024/afghanistan/emirate_and_hamas/relations-since-october-2023/full-text.pdf";
        var document = Typesetter.Typeset($"The report is at {address} for anyone to read.\n");

        var lines = BodyItems(document.Pages[0].Items).GroupBy(item => item.Baseline).Select(line => string.Concat(line.Select(item => item.Text)).Trim()).ToList();
        Assert.Contains(lines, line => line.EndsWith('/'));
        Assert.Contains(address, PdfText.Visible(string.Concat(lines)), StringComparison.Ordinal);
    }

    [Fact]
    public void Typeset_SetsEveryEntryOfAListRagged_WhenOneEntryCannotBeJustifiedWithoutWideGaps()
    {
        var width = Theme.Default.BodySizeOnPage.Width;
        var ordinary = string.Join(" ", Enumerable.Repeat("ordinary words that fill a few justified lines", 8));
        // The long name cannot share a line with "see the report", which must then stretch far.
        var loose = "see the report " + string.Concat(Enumerable.Repeat("Unbreakable", 7)) + " and more " + ordinary;
        var together = Typesetter.Typeset($"- {ordinary}\n- {loose}\n- {ordinary}\n");
        var alone = Typesetter.Typeset($"- {ordinary}\n- {ordinary}\n");

        // A justified line's stretched spaces split it into one drawn piece per word; a ragged line is one piece.
        static int StretchedLines(TypesetDocument document) =>
            BodyItems(document.Pages[0].Items).Where(item => item.Text != "•").GroupBy(item => item.Baseline).Count(line => line.Count() > 1);
        Assert.True(StretchedLines(alone) >= 6, "on their own, the ordinary entries are justified");
        Assert.Equal(0, StretchedLines(together));
    }

    [Theory]
    [InlineData("# The first heading\n\nText.\n", "The first heading")]
    [InlineData("Text without a heading.\n", "notes")]
    [InlineData("---\ntitle: From front matter\n---\n\n# A heading\n", "From front matter")]
    public void Typeset_TitlesThePdf_FromFrontMatterElseTheFirstHeadingElseTheName(string markdown, string title)
    {
        var document = Typesetter.Typeset(markdown, name: "notes");

        Assert.Equal(title, document.Info.MetadataTitle);
        Assert.Matches($"Title: +{title}\n", PdfInfo(Typesetter.WritePdf(document)));
    }

    [Fact]
    public void Typeset_KeepsTheCoverTitleEmpty_WhenTheTitleComesFromAHeading()
    {
        var document = Typesetter.Typeset("# Heading\n\nText.\n", name: "notes");

        Assert.Null(document.Info.Title);
    }

    private static string PdfInfo(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"typography-{Environment.ProcessId}-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var (exitCode, output) = ExternalTool.Run("pdfinfo", path);
            Assert.Equal(0, exitCode);
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
