using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Briefings.Corpus.Web;

/// <summary>
/// Reads RSS 2.0 and Atom feeds into their items. The XML is read without DTDs or external entities (a
/// feed file cannot make the program fetch or expand anything); a malformed feed is refused with the
/// line and column the XML parser gives.
/// </summary>
public static partial class FeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersFromEntities = 0 };

    /// <summary>True when the text is a feed rather than a page: an XML document whose root is <c>rss</c> or <c>feed</c>.</summary>
    public static bool IsFeed(string text)
    {
        var start = text.AsSpan(0, Math.Min(text.Length, 4096));
        return (start.Contains("<rss", StringComparison.OrdinalIgnoreCase) || start.Contains("<feed", StringComparison.Ordinal))
            && !start.Contains("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The feed's own title (the publisher of its items) and its items, in feed order.</summary>
    public static (string? Publisher, IReadOnlyList<FeedItem> Items) Read(string xml)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException error)
        {
            throw new WebPageException($"the feed is not well-formed XML at {error.LineNumber}:{error.LinePosition} ({error.Message.Split(" Line ")[0].TrimEnd('.')})");
        }
        var root = document.Root!;
        if (root.Name == Atom + "feed")
            return (Text(root.Element(Atom + "title")), [.. root.Elements(Atom + "entry").Select(AtomItem)]);
        if (root.Name.LocalName == "rss" && root.Element("channel") is { } channel)
            return (Text(channel.Element("title")), [.. channel.Elements("item").Select(RssItem)]);
        throw new WebPageException($"the XML is not an RSS or Atom feed (its root is <{root.Name.LocalName}>)");
    }

    private static FeedItem RssItem(XElement item)
    {
        var full = Text(item.Element(Content + "encoded"));
        var authors = item.Elements(DublinCore + "creator").Concat(item.Elements("author")).Select(Text).OfType<string>();
        return new FeedItem(Line(item), Text(item.Element("title")), [.. authors.Distinct(StringComparer.Ordinal)],
            RssDate(Text(item.Element("pubDate"))) ?? MetadataReader.Date(Text(item.Element(DublinCore + "date"))),
            Text(item.Element("link")), full ?? Text(item.Element("description")) ?? "", IsSummary: full is null);
    }

    private static FeedItem AtomItem(XElement entry)
    {
        var full = Text(entry.Element(Atom + "content"));
        var link = entry.Elements(Atom + "link").FirstOrDefault(link => (string?)link.Attribute("rel") is null or "alternate");
        return new FeedItem(Line(entry), Text(entry.Element(Atom + "title")),
            [.. entry.Elements(Atom + "author").Select(author => Text(author.Element(Atom + "name"))).OfType<string>()],
            MetadataReader.Date(Text(entry.Element(Atom + "published")) ?? Text(entry.Element(Atom + "updated"))),
            (string?)link?.Attribute("href"), full ?? Text(entry.Element(Atom + "summary")) ?? "", IsSummary: full is null);
    }

    /// <summary>
    /// An RFC 822 date (<c>Tue, 19 Nov 2019 05:44:06 GMT</c>) as the feed wrote it: the day in its own zone.
    /// The weekday and zone are not read (feeds get both wrong, and zone names like EST are ambiguous).
    /// </summary>
    private static DateOnly? RssDate(string? value) =>
        value is not null && RfcDay().Match(value) is { Success: true } match
            && DateOnly.TryParseExact(match.Value, ["d MMM yyyy", "d MMM yy"], CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out var date)
            ? date : null;

    private static string? Text(XElement? element) => element?.Value.Trim() is { Length: > 0 } text ? text : null;

    private static int Line(XElement element) => ((IXmlLineInfo)element).LineNumber;

    [GeneratedRegex(@"\b\d{1,2}\s+[A-Z][a-z]{2}\s+\d{2,4}\b")]
    private static partial Regex RfcDay();
}
