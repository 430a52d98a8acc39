using Xunit;

namespace Briefings.Tests.Corpus.Web;

public sealed class WebSeedMetadataTests
{
    private static string Page(string head, string body) =>
        $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Site title | Example</title>{head}</head><body>" +
        $"<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>{body}" +
        "<footer><p>Copyright 2024 Example Media. All rights reserved. Contact us at the address below for permissions.</p></footer></body></html>";

    private static string ArticleBody(string topic) =>
        $"<article><p>{SeedFolder.Prose(topic)}</p><h2>What comes next</h2><p>{SeedFolder.Prose(topic + " follow-up")}</p>" +
        "<ul><li>First point of the list</li><li>Second point of the list</li></ul>" +
        $"<blockquote><p>{SeedFolder.Prose("quoted")}</p></blockquote>" +
        "<figure><img src=\"a.jpg\"><figcaption>Delegates arrive at the venue.</figcaption></figure>" +
        "<div class=\"share-buttons\">Share on Facebook Share on Twitter</div></article>";

    [Fact]
    public void Load_TakesTitleAuthorsDatePublisherAndUrl_FromJsonLd()
    {
        const string jsonLd = """
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Not the article"},
              {"@type": "NewsArticle", "headline": "Envoys meet in Doha for a second round",
               "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
               "datePublished": "2024-03-05T23:30:00-05:00",
               "publisher": {"@type": "Organization", "name": "Example Times"}}]}
            </script>
            <link rel="canonical" href="https://example.org/world/envoys-meet">
            <meta property="og:site_name" content="Example (OpenGraph)">
            """;

        var corpus = SeedFolder.Load(("envoys.html", Page(jsonLd, ArticleBody("Doha"))));

        var article = Assert.Single(corpus.Articles);
        Assert.Equal("Envoys meet in Doha for a second round", article.Title);
        Assert.Equal("envoys-meet-in-doha-for-a-second-round", article.Id);
        Assert.Equal(["Jane Doe", "John Roe"], article.Authors);
        Assert.Equal(new DateOnly(2024, 3, 5), article.Date); // the day the page wrote, not shifted to UTC
        Assert.Equal("Example Times", article.Publisher);
        Assert.Equal("https://example.org/world/envoys-meet", article.Url);
        Assert.Empty(corpus.Warnings);
    }

    [Fact]
    public void Load_KeepsParagraphsHeadingsListsAndQuotes_WithCaptionsApartAndBoilerplateOut()
    {
        var corpus = SeedFolder.Load(("envoys.html", Page("<meta property=\"og:title\" content=\"Envoys meet\">", ArticleBody("Doha"))));

        var article = Assert.Single(corpus.Articles);
        Assert.Equal(
            [SeedFolder.Prose("Doha"), "What comes next", SeedFolder.Prose("Doha follow-up"), "First point of the list", "Second point of the list", SeedFolder.Prose("quoted")],
            article.Paragraphs);
        Assert.Equal(["Delegates arrive at the venue."], article.Captions);
        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.Contains("Share on", StringComparison.Ordinal) || paragraph.Contains("Copyright", StringComparison.Ordinal) || paragraph.Contains("Home", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_TakesPublisherDateAndAuthor_FromOpenGraphAndMetaTags_WhenThereIsNoJsonLd()
    {
        const string head = """
            <meta property="og:title" content="Talks resume in Doha">
            <meta property="og:site_name" content="Example Herald">
            <meta property="article:published_time" content="2023-11-20T08:00:00+03:00">
            <meta name="author" content="Sam Writer">
            <meta property="og:url" content="https://herald.example/talks">
            """;

        var article = Assert.Single(SeedFolder.Load(("talks.htm", Page(head, ArticleBody("talks")))).Articles);

        Assert.Equal("Talks resume in Doha", article.Title);
        Assert.Equal("Example Herald", article.Publisher);
        Assert.Equal(new DateOnly(2023, 11, 20), article.Date);
        Assert.Equal(["Sam Writer"], article.Authors);
        Assert.Equal("https://herald.example/talks", article.Url);
    }

    [Fact]
    public void Load_TakesTheDateFromTimeElement_AndInventsNothing_WhenThePageSaysLittle()
    {
        var dated = Assert.Single(SeedFolder.Load(("dated.html", Page("", "<article><time datetime=\"2022-06-01\">1 June</time>" + ArticleBody("dated")["<article>".Length..]))).Articles);
        var bare = Assert.Single(SeedFolder.Load(("bare.html", Page("", "<article><h1>Heading</h1>" + ArticleBody("bare")["<article>".Length..]))).Articles);

        Assert.Equal(new DateOnly(2022, 6, 1), dated.Date);
        Assert.Null(bare.Date);
        Assert.Null(bare.Url);
        Assert.Empty(bare.Authors);
        Assert.Equal("Heading", bare.Title); // the page's h1 when it has no structured title
    }
}
