using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Briefings.Corpus.Web;

/// <summary>
/// Reads a page's article metadata from its structured data, most reliable first: JSON-LD, then
/// OpenGraph and <c>article:</c> properties, then plain meta tags (<c>author</c>, <c>date</c>, Dublin Core),
/// then the first <c>&lt;time datetime&gt;</c>; the canonical link is the URL. Dates are read only in ISO
/// form, as the page wrote them (no time-zone shift); nothing is guessed.
/// </summary>
internal static partial class MetadataReader
{
    public static PageMetadata Read(IDocument document)
    {
        var jsonLd = JsonLdArticle.Read(document.QuerySelectorAll("script[type='application/ld+json']").Select(script => script.TextContent));
        var title = jsonLd?.Headline ?? Meta(document, "og:title", "twitter:title")
            ?? Clean(document.QuerySelector("h1")?.TextContent) ?? Clean(document.Title);
        var authors = jsonLd?.Authors is { Length: > 0 } ldAuthors ? ldAuthors
            : Meta(document, "author", "article:author", "dc.creator", "parsely-author") is { } author && !author.Contains("://", StringComparison.Ordinal) ? [author] : [];
        var publisher = jsonLd?.Publisher ?? Meta(document, "og:site_name", "application-name", "dc.publisher");
        var date = Date(jsonLd?.DatePublished) ?? Date(Meta(document, "article:published_time", "datePublished", "date", "pubdate",
                "publishdate", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date"))
            ?? document.QuerySelectorAll("time[datetime]").Select(time => Date(time.GetAttribute("datetime"))).FirstOrDefault(found => found is not null);
        var url = Absolute(document.QuerySelector("link[rel='canonical']")?.GetAttribute("href"))
            ?? Absolute(Meta(document, "og:url")) ?? Absolute(jsonLd?.Url);
        return new PageMetadata(title, authors, publisher, date, url, Meta(document, "description", "og:description"));
    }

    /// <summary>The first non-empty content of a meta tag with one of these names or properties, in the order given.</summary>
    private static string? Meta(IDocument document, params string[] names)
    {
        foreach (var name in names)
            foreach (var meta in document.QuerySelectorAll("meta"))
                if (string.Equals(meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop"), name, StringComparison.OrdinalIgnoreCase)
                    && Clean(meta.GetAttribute("content")) is { } content)
                    return content;
        return null;
    }

    public static DateOnly? Date(string? value) =>
        value is not null && IsoDate().Match(value) is { Success: true } match
            && DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : null;

    private static string? Absolute(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

    private static string? Clean(string? text) =>
        text is null ? null : Whitespace().Replace(text, " ").Trim() is { Length: > 0 } clean ? clean : null;

    [GeneratedRegex(@"^\s*(?<date>\d{4}-\d{2}-\d{2})")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
