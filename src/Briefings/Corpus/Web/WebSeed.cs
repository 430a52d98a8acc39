using System.Collections.Immutable;

namespace Briefings.Corpus.Web;

/// <summary>
/// Saved web pages (<c>.html</c>, <c>.htm</c>, also gzipped) and RSS/Atom feeds (<c>.rss</c>, <c>.atom</c>,
/// <c>.xml</c>) as seeds. A page is one article, a feed one per item. Each is written out as the lines a
/// text seed would have (title, then one block a line) and read by the same <see cref="ArticleParser"/>,
/// so ids, header rules, debris and captions work as for text; the page's structured metadata then wins
/// over what the header rules found, and its figure captions join the article's captions.
/// </summary>
public static class WebSeed
{
    /// <summary>A line of this many words is prose, not a standfirst (those are one sentence).</summary>
    private const int MinParagraphWords = 20;

    private static readonly string[] PageEndings = [".html", ".htm", ".html.gz", ".htm.gz"];
    private static readonly string[] FeedEndings = [".rss", ".atom", ".xml"];

    public static bool Applies(string name) =>
        PageEndings.Concat(FeedEndings).Any(ending => name.EndsWith(ending, StringComparison.OrdinalIgnoreCase));

    /// <summary>The seed's text from its bytes, with a warning when the page declared the wrong encoding; null and a warning when it is no page.</summary>
    public static (SeedFile? Seed, CorpusWarning? Warning) Decode(string name, byte[] bytes, long maxBytes)
    {
        try
        {
            var (text, note) = HtmlDecoder.Decode(bytes, maxBytes);
            return (new SeedFile(name, text), note is null ? null : new CorpusWarning(name, null, note + "."));
        }
        catch (WebPageException error)
        {
            return (null, new CorpusWarning(name, null, error.Message + "; skipped."));
        }
    }

    public static (IReadOnlyList<ParsedArticle> Articles, IReadOnlyList<CorpusWarning> Warnings) Read(SeedFile seed)
    {
        var warnings = new List<CorpusWarning>();
        var articles = new List<ParsedArticle>();
        try
        {
            if (FeedReader.IsFeed(seed.Text))
            {
                var (publisher, items) = FeedReader.Read(seed.Text);
                foreach (var item in items)
                    Add(Article(seed.Name, item.Line, item.Title, HtmlPageReader.ReadFragment(item.Html),
                        new PageMetadata(item.Title, item.Authors, publisher, item.Date, item.Url, null)), item.IsSummary);
            }
            else
            {
                var page = HtmlPageReader.Read(seed.Text);
                Add(Article(seed.Name, 1, page.Metadata.Title, page.Blocks, page.Metadata), isSummary: false);
            }
        }
        catch (WebPageException error)
        {
            warnings.Add(new CorpusWarning(seed.Name, null, error.Message + "; skipped."));
        }
        return (articles, warnings);

        void Add((ParsedArticle? Article, CorpusWarning? Warning) result, bool isSummary)
        {
            if (result.Warning is not null)
                warnings.Add(result.Warning);
            if (result.Article is not null)
                articles.Add(result.Article with { IsSummary = isSummary });
        }
    }

    private static int LastIndex(IReadOnlyList<TextBlock> blocks, Func<TextBlock, bool> predicate)
    {
        for (var i = blocks.Count - 1; i >= 0; i--)
            if (predicate(blocks[i]))
                return i;
        return -1;
    }

    /// <summary>
    /// The page's markup already set the header apart (title, byline and date are metadata, not blocks of
    /// the article), so a line of prose the text header rules took for a standfirst is the body's first paragraph.
    /// </summary>
    private static bool IsMisreadParagraph(HeaderLine line) =>
        line.Kind == HeaderLineKind.Standfirst && line.Text.Split(' ').Length >= MinParagraphWords;

    private static (ParsedArticle?, CorpusWarning?) Article(string seed, int line, string? title, IReadOnlyList<TextBlock> blocks, PageMetadata metadata)
    {
        var lastProse = LastIndex(blocks, block => block.Kind == TextBlockKind.Paragraph && block.Text.Split(' ').Length >= MinParagraphWords);
        // A line that ends a text seed's story ("Related news") but has the article's prose after it is a
        // left-over heading of a removed block: the page's markup, not that line, says where the article ends.
        var body = blocks.Where((block, index) => block.Kind != TextBlockKind.Caption && !(index < lastProse && DebrisRules.IsEndMarker(block.Text)))
            .Select(block => block.Text);
        var lines = (title is null ? body : body.Prepend(title)).ToImmutableArray();
        var (parsed, warning) = ArticleParser.Parse(new RawArticle(seed, line, lines));
        if (parsed is null)
            return (null, warning);
        return (parsed with
        {
            Paragraphs = [.. parsed.Header.Where(IsMisreadParagraph).Select(header => header.Text), .. parsed.Paragraphs],
            Authors = metadata.Authors.IsDefaultOrEmpty ? parsed.Authors : metadata.Authors,
            Publisher = metadata.Publisher is { } publisher ? PublisherGazetteer.Canonical(publisher) ?? publisher : parsed.Publisher,
            Date = metadata.Date ?? parsed.Date,
            DateIsMonth = metadata.Date is null && parsed.DateIsMonth,
            Captions = [.. blocks.Where(block => block.Kind == TextBlockKind.Caption).Select(block => block.Text), .. parsed.Captions],
            Url = metadata.Url,
        }, warning);
    }
}
