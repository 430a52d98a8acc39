using System.Text;
using Briefings.Testing;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Markdown;
using Briefings.Typesetting.Pdf;
using Briefings.Typesetting.Themes;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace Briefings.Typesetting.Tests.NothingLost;

/// <summary>
/// The words poppler extracts from the written PDF are the words of the document, in order: every
/// character of the text is there, and nothing else is, but list markers.
/// </summary>
public sealed class NothingLostTests
{
    /// <summary>Fixed, so CI runs the same cases every time; tests/fuzz.sh runs many more with a fresh seed.</summary>
    private const ulong Seed = 20261121;
    private const string Markers = "•–·0123456789.)";

    private static readonly Typesetter Typesetter = new(Theme.Default);
    private static readonly PdfTextMeasurer Measurer = new();

    public static TheoryData<string> Seeds => [.. Directory.EnumerateFiles(RepositoryRoot.File("seeds"), "*.txt").Order(StringComparer.Ordinal).Select(path => Path.GetFileName(path))];

    [Fact]
    public void WrittenPdf_HoldsTheWordsOfTheDocumentInOrder_ForGeneratedDocuments()
    {
        ExternalTool.Require("pdftotext");
        var runs = int.TryParse(Environment.GetEnvironmentVariable("BRIEFINGS_FUZZ_RUNS"), out var configured) ? configured : 40;
        var seed = ulong.TryParse(Environment.GetEnvironmentVariable("BRIEFINGS_FUZZ_SEED"), out var chosen) ? chosen : Seed;

        Prop.ForAll(GeneratedMarkdown.Documents, AssertNothingLost)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(runs).WithReplay(seed, 1).WithQuietOnSuccess(true));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void WrittenPdf_HoldsTheWordsOfTheDocumentInOrder_ForEverySeedReadAsMarkdown(string seed) =>
        AssertNothingLost(File.ReadAllText(RepositoryRoot.File("seeds", seed)));

    [Fact]
    public void WrittenPdf_HoldsTheWordsOfTheDocumentInOrder_ForTheLargeWorkload() =>
        AssertNothingLost(File.ReadAllText(RepositoryRoot.File("tests", "Briefings.Benchmarks", "Workloads", "large.md")));

    [Fact]
    public void WrittenPdf_HoldsTheWordsOfTheDocumentInOrder_ForTheCommonMarkSpecExamples() =>
        AssertNothingLost(File.ReadAllText(RepositoryRoot.File("tests", "Briefings.Typesetting.Tests", "CommonMark", "spec-examples.md")));

    public static TheoryData<int> SpecExamples => [.. Enumerable.Range(1, CommonMarkExamples.All.Count)];

    [Theory]
    [MemberData(nameof(SpecExamples))]
    public void Typeset_LaysOutEveryCommonMarkSpecExample_WithoutAnError(int example)
    {
        var document = Typesetter.Typeset(CommonMarkExamples.All[example - 1]);

        Assert.NotEmpty(document.Pages);
    }

    [Fact]
    public void WrittenPdf_HoldsEveryCharacter_OfATableRowTallerThanAPage()
    {
        var markdown = "| a | b | c |\n|---|---|---|\n| " + new string('w', 5000) + " | short cell | " + string.Join(" ", Enumerable.Range(1, 400)) + " |\n";

        var expected = Expected(markdown).Replace("abc", "", StringComparison.Ordinal);
        var actual = PdfText.Visible(PdfText.BodyText(Typesetter.Render(markdown), Theme.Default)).Replace("abc", "", StringComparison.Ordinal);

        // Split across pages, the row is read page by page; every character is still there, once.
        Assert.Equal(expected.Order().ToArray(), actual.Order().ToArray());
    }

    internal static void AssertNothingLost(string markdown)
    {
        var parsed = DocumentParser.Parse(markdown, Theme.Default.SmartPunctuation).Document;
        var expected = Expected(parsed);
        byte[] pdf;
        try
        {
            pdf = Typesetter.Render(markdown);
        }
        catch (TypesettingException error)
        {
            throw new InvalidOperationException($"{error.Message} The document is saved as {Keep(markdown)}.", error);
        }
        var text = PdfText.BodyText(pdf, Theme.Default);
        var actual = PdfText.Visible(text);

        var at = 0;
        var extra = new StringBuilder();
        for (var i = 0; i < expected.Length; i++)
        {
            var ch = expected[i];
            var found = actual.IndexOf(ch, at);
            if (found < 0)
                Assert.Fail($"'{ch}' (U+{(int)ch:X4}) of the text is missing from the PDF; the text goes on \"{Around(expected, i)}\", the PDF \"{Around(actual, at)}\"; the document is saved as {Keep(markdown)}.");
            extra.Append(actual.AsSpan(at, found - at));
            at = found + 1;
        }
        extra.Append(actual.AsSpan(at));
        // List markers are drawn, and a table's header row again on every page the table continues on.
        var headers = PdfText.Visible(PlainText.TableHeaders(parsed));
        var unexpected = extra.ToString().Where(ch => !Markers.Contains(ch) && !headers.Contains(ch)).ToList();
        // A hyphenated word's hyphen ends its line: as many extra hyphens as lines that end in one.
        var lineEndHyphens = text.Split('\n').Count(line => line.TrimEnd().EndsWith('-'));
        var surplusHyphens = Math.Max(0, unexpected.Count(ch => ch == '-') - lineEndHyphens);
        unexpected = [.. unexpected.Where(ch => ch != '-'), .. Enumerable.Repeat('-', surplusHyphens)];
        Assert.True(unexpected.Count == 0, $"the PDF has text the document does not: \"{new string(unexpected.Take(80).ToArray())}\"; the document is saved as {Keep(markdown)}.");
    }

    /// <summary>The document's text as Markdig parses it; characters no bundled font has become the replacement mark.</summary>
    private static string Expected(string markdown) => Expected(DocumentParser.Parse(markdown, Theme.Default.SmartPunctuation).Document);

    private static string Expected(Markdig.Syntax.MarkdownDocument document)
    {
        var text = PdfText.Visible(PlainText.Of(document));
        var result = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
            result.Append(rune.Value < 0x7F || Theme.Default.FallbackFamilies.Any(family => Measurer.HasGlyph(rune.Value, new FontFace(family)))
                ? rune.ToString()
                : "\uFFFD");
        return result.ToString();
    }

    private static string Around(string text, int index) => text[Math.Max(0, index - 40)..index] + "⟨here⟩" + text[index..Math.Min(text.Length, index + 40)];

    /// <summary>Saves a failing document where a developer can render it by hand.</summary>
    private static string Keep(string markdown)
    {
        var path = Path.Combine(Path.GetTempPath(), $"nothing-lost-{markdown.GetHashCode():x8}.md");
        File.WriteAllText(path, markdown);
        return path;
    }

}
