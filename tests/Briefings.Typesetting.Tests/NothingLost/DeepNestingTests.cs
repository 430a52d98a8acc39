using Briefings.Testing;
using Briefings.Typesetting.Documents;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Markdown;
using Briefings.Typesetting.Themes;
using Xunit;

namespace Briefings.Typesetting.Tests.NothingLost;

/// <summary>
/// Documents nested or widened past what a page can indent or hold side by side: every character
/// still reaches the page, in order, no page is left without text, and no line holds a lone letter
/// (what a text column squeezed to nothing, or a table of too many columns, used to print).
/// </summary>
public sealed class DeepNestingTests
{
    private static readonly Typesetter Typesetter = new(Theme.Default);

    public static TheoryData<string> Documents => [
        "list-100", "quote-100", "list-40-then-quote-60", "table-30-columns", "table-60-columns", "word-10000"];

    [Theory]
    [MemberData(nameof(Documents))]
    public void EveryCharacter_ReachesThePage_InOrder(string name) => NothingLostTests.AssertNothingLost(Document(name));

    [Theory]
    [MemberData(nameof(Documents))]
    public void EveryPage_HoldsText_AndNoLineIsALoneLetter(string name)
    {
        ExternalTool.Require("pdftotext");
        var text = PdfText.BodyText(Typesetter.Render(Document(name)), Theme.Default);

        var pages = text.Split('\f')[..^1];
        Assert.All(pages, page => Assert.NotEqual("", PdfText.Visible(page)));
        var loneLetters = text.Split('\n').Where(line => PdfText.Visible(line) is { Length: 1 } visible && char.IsLetterOrDigit(visible[0])).ToList();
        Assert.True(loneLetters.Count == 0, $"{loneLetters.Count} lines hold a single letter");
    }

    [Fact]
    public void ADeepList_StopsIndenting_AtTheMinimumMeasure_AndSaysSo()
    {
        var document = Typesetter.Typeset(Document("list-100"));

        var warning = Assert.Single(document.Warnings, warning => warning.Contains("without further indentation", StringComparison.Ordinal));
        Assert.StartsWith("line ", warning, StringComparison.Ordinal);
        var right = Theme.Default.MarginLeft + Theme.Default.BodySizeOnPage.Width;
        var deepest = TextItems(document).Where(item => item.Text.Contains("100", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(deepest);
        Assert.All(deepest, item => Assert.True(right - item.X >= Theme.Default.MinimumMeasure - 0.01,
            $"the deepest item's line starts at {item.X:0.#}pt, leaving {right - item.X:0.#}pt"));
    }

    [Fact]
    public void ATableTooWideForThePage_IsSetSmallerOrStacked_AndSaysSo()
    {
        var theme = Theme.Default;
        var fitting = Typesetter.Typeset(Table(columns: 6));
        var tooWideAtFullSize = Typesetter.Typeset(Table(columns: 10));
        var tooWideAtAnySize = Typesetter.Typeset(Table(columns: 30));

        double CellSize(TypesetDocument document) => TextItems(document).First(item => item.Text == "r1c1").Style.Size;
        Assert.Equal(theme.TableTextSize, CellSize(fitting));
        Assert.Equal(theme.TableTextSize * theme.TableSmallestSizeRatio, CellSize(tooWideAtFullSize), 3);
        Assert.Empty(tooWideAtFullSize.Warnings);
        Assert.Contains(tooWideAtAnySize.Warnings, warning => warning.StartsWith("line 1: a table of 30 columns", StringComparison.Ordinal));
        // Stacked: each row's cells one under another, beside their headers.
        var stacked = TextItems(tooWideAtAnySize).Where(item => item.Text is "r1c1" or "r1c2").ToList();
        Assert.Equal(2, stacked.Count);
        Assert.True(stacked[1].Baseline > stacked[0].Baseline);
        Assert.Equal(stacked[0].X, stacked[1].X, 3);
    }

    [Fact]
    public void ADocumentNestedPastTheLimit_IsRefusedWithAMessage_NotAStackTrace()
    {
        var error = Assert.Throws<TypesettingException>(() => Typesetter.Typeset(new string('>', MarkdownPipelines.MaximumNestingDepth + 10) + " deep"));

        Assert.Contains($"nested more than {MarkdownPipelines.MaximumNestingDepth} levels deep", error.Message, StringComparison.Ordinal);
    }

    internal static string Document(string name) => name switch
    {
        "list-100" => List(100),
        "quote-100" => Quote(100),
        "list-40-then-quote-60" => List(40) + "\n" + Quote(60),
        "table-30-columns" => Table(30),
        "table-60-columns" => Table(60),
        "word-10000" => "before " + string.Concat(Enumerable.Repeat("abcdefghij", 1000)) + " after\n",
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static string List(int levels) =>
        string.Concat(Enumerable.Range(1, levels).Select(level => new string(' ', 2 * (level - 1)) + $"- level {level} item\n"));

    private static string Quote(int levels) =>
        string.Concat(Enumerable.Range(1, levels).Select(level => new string('>', level) + $" quote level {level}\n"));

    private static string Table(int columns)
    {
        string Row(Func<int, string> cell) => "| " + string.Join(" | ", Enumerable.Range(1, columns).Select(cell)) + " |\n";
        return Row(column => $"Heading{column}") + Row(_ => "---")
            + string.Concat(Enumerable.Range(1, 3).Select(row => Row(column => $"r{row}c{column}")));
    }

    private static IEnumerable<TextItem> TextItems(TypesetDocument document) =>
        document.Pages.SelectMany(page => page.Items).OfType<TextItem>();
}
