using System.Globalization;
using System.Text;
using Xunit;

namespace Briefings.Tests.Corpus.Web;

public sealed class FeedSeedTests
{
    private static string Rss(int items)
    {
        var feed = new StringBuilder("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>Example Wire</title><link>https://wire.example/</link>
            """);
        for (var i = 1; i <= items; i++)
            feed.Append(CultureInfo.InvariantCulture, $"""
                <item><title>Report number {i} from the talks</title><link>https://wire.example/report-{i}</link>
                <pubDate>Mon, {i:D2} Jan 2024 23:15:00 -0500</pubDate><dc:creator>Reporter {i}</dc:creator>
                <description>Short summary {i}.</description>
                <content:encoded><![CDATA[<p>{SeedFolder.Prose($"number {i}")}</p><p>Second paragraph of report {i}, with more detail on the talks.</p>]]></content:encoded>
                </item>

                """);
        return feed.Append("</channel></rss>\n").ToString();
    }

    [Fact]
    public void Load_MakesEachOfTwentyFeedItemsAnArticle_WithItsTitleDateAuthorAndLink()
    {
        var corpus = SeedFolder.Load(("wire.rss", Rss(20)));

        Assert.Empty(corpus.Warnings);
        Assert.Equal(20, corpus.Articles.Length);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"report-number-{i}-from-the-talks"), corpus.Articles.Select(article => article.Id));
        var seventh = corpus.Articles[6];
        Assert.Equal(new DateOnly(2024, 1, 7), seventh.Date);
        Assert.Equal(["Reporter 7"], seventh.Authors);
        Assert.Equal("https://wire.example/report-7", seventh.Url);
        Assert.Equal("Example Wire", seventh.Publisher);
        Assert.Equal([SeedFolder.Prose("number 7"), "Second paragraph of report 7, with more detail on the talks."], seventh.Paragraphs);
        Assert.All(corpus.Articles, article => Assert.False(article.IsSummary));
        Assert.True(corpus.Articles[1].SeedLine > corpus.Articles[0].SeedLine);
    }

    [Fact]
    public void Load_MarksAtomEntriesAsSummaries_WhenTheFeedGivesOnlyASummary()
    {
        const string atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Example Blog</title>
            <entry><title>Full entry</title><link href="https://blog.example/full"/><published>2024-02-03T10:00:00Z</published>
              <author><name>Ann Author</name></author><content type="html">&lt;p&gt;The whole text of the full entry, as the blog wrote it in its feed.&lt;/p&gt;</content></entry>
            <entry><title>Summary entry</title><link rel="alternate" href="https://blog.example/summary"/><updated>2024-02-04T10:00:00Z</updated>
              <summary>Only a summary of the entry is given here.</summary></entry>
            </feed>
            """;

        var corpus = SeedFolder.Load(("blog.atom", atom));

        Assert.Equal(["Full entry", "Summary entry"], corpus.Articles.Select(article => article.Title));
        Assert.False(corpus.Articles[0].IsSummary);
        Assert.True(corpus.Articles[1].IsSummary);
        Assert.Equal(["Only a summary of the entry is given here."], corpus.Articles[1].Paragraphs);
        Assert.Equal(new DateOnly(2024, 2, 4), corpus.Articles[1].Date);
        Assert.Equal(["Ann Author"], corpus.Articles[0].Authors);
        Assert.Equal("https://blog.example/summary", corpus.Articles[1].Url);
    }

    [Fact]
    public void Load_WarnsNamingTheFeed_WhenItIsNotWellFormed()
    {
        var corpus = SeedFolder.Load(("broken.xml", "<?xml version=\"1.0\"?>\n<rss><channel><item><title>Cut off"));

        Assert.Empty(corpus.Articles);
        var warning = Assert.Single(corpus.Warnings);
        Assert.Equal("broken.xml", warning.Seed);
        Assert.Contains("not well-formed XML at 2:", warning.Message, StringComparison.Ordinal);
    }
}
