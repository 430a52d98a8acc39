using System.Text.RegularExpressions;
using Briefings.Composition;
using Briefings.Composition.Sections;
using Briefings.Composition.Templates;
using Briefings.Testing;
using Briefings.Typesetting.Frames;
using Briefings.Typesetting.Themes;
using Xunit;

namespace Briefings.Tests.Composition.Templates;

/// <summary>The default quotes template, typeset in the brief house style over many pages.</summary>
public sealed partial class QuotesTemplateTests
{
    private static readonly string[] Words = "the emirate said its envoys would meet again in Doha before the talks resume and that no agreement was near".Split(' ');

    [Fact]
    public void A_quotation_and_its_attribution_are_never_split_across_pages()
    {
        var quotes = Enumerable.Range(0, 40)
            .Select(i => new QuoteItem(Sentence(8 + i * 7 % 75), $"Speaker {i}", i % 3 == 0 ? "spokesperson of the ministry" : null, i % 5 + 1))
            .ToList();
        var model = new BriefModel("x", "Quotations", null, "Brief", "M", null, null, 0,
            [new SectionModel("quotes", "Key quotes", new QuotesData([.. quotes]))], []);
        var markdown = TemplateSet.Load(RepositoryRoot.File("templates")).Render(model);

        var pages = BriefPageStyle.Typesetter(Theme.Default).Typeset(markdown).Pages.ToList();
        var dump = FrameDump.Write(pages).Split('\n');

        Assert.True(pages.Count >= 3, "the quotations should fill several pages");
        var page = 0;
        var openedOn = -1;
        var attributions = 0;
        foreach (var line in dump)
        {
            if (line.StartsWith("== page ", StringComparison.Ordinal))
                page++;
            var text = FrameLine().Match(line).Groups["text"].Value;
            if (text.StartsWith('“'))
                openedOn = page;
            else if (text.StartsWith("— Speaker", StringComparison.Ordinal))
            {
                attributions++;
                Assert.True(openedOn == page, $"the attribution '{text}' is on page {page}, its quotation began on page {openedOn}");
            }
        }
        Assert.Equal(quotes.Count, attributions);
    }

    /// <summary>A dumped line: its top, its left edge, its text.</summary>
    [GeneratedRegex(@"^\s*[\d.]+\s+[\d.]+\s+(?<text>.*)$")]
    private static partial Regex FrameLine();

    private static string Sentence(int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(i => Words[i % Words.Length])) + ".";
}
