using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Infrastructure;
using Briefings.Typesetting.Layout.Text;
using Briefings.Typesetting.Pdf;
using Briefings.Typesetting.Themes;
using Xunit;

namespace Briefings.Typesetting.Tests.Layout.Text;

public sealed class FontFallbackTests
{
    private static readonly PdfTextMeasurer Measurer = new();
    private static readonly TextStyle Body = Theme.Default.Body;

    private static (List<StyledSpan> Spans, FontFallback Fallback) Apply(string text)
    {
        var fallback = new FontFallback(Measurer, Theme.Default.FallbackFamilies);
        return ([.. fallback.Apply([new StyledSpan(text, Body)])], fallback);
    }

    [Fact]
    public void BundledFaces_CoverPrintableAscii_WhichTheFallbackAssumesWithoutLookingUp()
    {
        var faces = from family in new[] { "Noto Serif", "Noto Sans" }
                    from bold in new[] { false, true }
                    from italic in new[] { false, true }
                    select new FontFace(family, bold, italic);

        Assert.All(faces, face => Assert.All(Enumerable.Range(' ', '~' - ' ' + 1), code => Assert.True(Measurer.HasGlyph(code, face), $"{face} lacks U+{code:X4}")));
    }

    [Fact]
    public void Apply_LeavesCoveredTextAsOneSpan()
    {
        var (spans, fallback) = Apply("Kabul – “quoted” café, Ελλάδα and Москва");

        Assert.Single(spans);
        Assert.Empty(fallback.Missing);
    }

    [Fact]
    public void Apply_ReplacesACharacterNoFontHasVisibly_AndRemembersIt()
    {
        // Noto Serif and Noto Sans (the Latin/Greek/Cyrillic builds) have no Arabic letters.
        var (spans, fallback) = Apply("Allah الله end");

        var text = string.Concat(spans.Select(span => span.Text));
        Assert.Equal("Allah \uFFFD\uFFFD\uFFFD\uFFFD end", text);
        Assert.Equal([0x0627, 0x0644, 0x0647], fallback.Missing.Keys.Order());
        Assert.Equal(2, fallback.Missing[0x0644]);
    }

    [Fact]
    public void Apply_TakesAGlyphFromTheFallbackFamily_WhenTheSpansOwnFontLacksIt()
    {
        // The bundled serif and sans cover the same characters, so a scripted measurer plays a serif without Cyrillic.
        var measurer = new CoverageMeasurer(Measurer, (code, face) => face.Family != "Noto Serif" || code is < 0x400 or > 0x4FF);
        var fallback = new FontFallback(measurer, Theme.Default.FallbackFamilies);

        var spans = fallback.Apply([new StyledSpan("in Москва today", Body.Italic())]).ToList();

        Assert.Equal(["in ", "Москва", " today"], spans.Select(span => span.Text));
        Assert.Equal(new FontFace("Noto Sans", Italic: true), spans[1].Style.Face);
        Assert.Empty(fallback.Missing);
    }

    private sealed class CoverageMeasurer(ITextMeasurer inner, Func<int, FontFace, bool> has) : ITextMeasurer
    {
        public double Width(string text, TextStyle style) => inner.Width(text, style);

        public FontMetrics Metrics(TextStyle style) => inner.Metrics(style);

        public bool HasGlyph(int codePoint, FontFace face) => has(codePoint, face) && inner.HasGlyph(codePoint, face);
    }

    [Fact]
    public void Apply_DropsControlCharacters_AndKeepsTextAroundThem()
    {
        var (spans, fallback) = Apply("bell\u0007ring");

        Assert.Equal("bellring", string.Concat(spans.Select(span => span.Text)));
        Assert.Empty(fallback.Missing);
    }

    [Fact]
    public void Typeset_WarnsOnceForAllMissingCharacters_AndDrawsTheReplacement()
    {
        var document = new Typesetter(Theme.Default).Typeset("# الله\n\nText with كلمة and more الله.");

        var warning = Assert.Single(document.Warnings);
        Assert.Contains("U+0627", warning);
        Assert.Contains("shown as \uFFFD", warning);
        Assert.Contains(document.Pages.SelectMany(page => page.Items).OfType<TextItem>(), item => item.Text.Contains('\uFFFD'));
    }

    [Fact]
    public void MissingCharacters_AreCountedExactly_WhenParagraphsAreSplitOnManyThreads()
    {
        var fallback = new FontFallback(Measurer, Theme.Default.FallbackFamilies);

        Parallel.For(0, 4_000, _ => fallback.Apply([new StyledSpan("flags \U0001F1F5\U0001F1F8 here", Body)]).ToList());

        Assert.Equal(new Dictionary<int, int> { [0x1F1F5] = 4_000, [0x1F1F8] = 4_000 }, fallback.Missing);
    }
}
