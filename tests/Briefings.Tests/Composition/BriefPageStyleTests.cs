using Briefings.Composition;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Themes;
using Xunit;

namespace Briefings.Tests.Composition;

public sealed class BriefPageStyleTests
{
    private const string Brief = "---\ntitle: The title\nsubtitle: The subtitle\nlabel: brief\nmarking: secret // test\ndate: 1 May 2026\nprepared_by: The Desk\ncover_note: 5 sources\ndocument_id: the-id\n---\n\nBody.\n";

    private static List<string> Texts(string markdown, Theme theme) =>
        [.. BriefPageStyle.Typesetter(theme).Typeset(markdown).Pages.SelectMany(page => page.Items).OfType<TextItem>().Select(item => item.Text)];

    [Fact]
    public void Typeset_ComposesCoverMarkingAndFooter_FromTheFrontMatterFields()
    {
        var texts = Texts(Brief, Theme.Default);

        Assert.Equal(2, texts.Count(text => text == "SECRET // TEST"));
        Assert.Contains("BRIEF", texts);
        // The cover's lines are set word by word, so their words are looked for in order.
        Assert.Contains("1 May 2026 · Prepared by The Desk · 5 sources", string.Join(' ', texts));
        Assert.Contains("the-id  ·  1 May 2026", texts);
        Assert.Contains("Page 1 of 1", texts);
    }

    [Fact]
    public void Typeset_PrintsTheThemesBandText_WhenTheFrontMatterHasNoMarking()
    {
        var texts = Texts("---\ntitle: T\n---\n\nBody.\n", Theme.Default with { BandText = "official" });

        Assert.Equal(2, texts.Count(text => text == "OFFICIAL"));
    }

    [Fact]
    public void Typeset_GivesThePreparerAsAuthorAndTheSubtitleAsSubject_WhenTheFrontMatterNamesNeither()
    {
        var info = BriefPageStyle.Typesetter(Theme.Default).Typeset(Brief).Info;

        Assert.Equal("The Desk", info.Author);
        Assert.Equal("The subtitle", info.Subject);
    }
}
