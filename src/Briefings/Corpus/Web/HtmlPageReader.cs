using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Briefings.Corpus.Web;

/// <summary>
/// The web extractor's façade: parses a page with AngleSharp (an HTML5 parser, so broken and truncated
/// markup is repaired as browsers do), reads its metadata, then its main text.
/// </summary>
public static class HtmlPageReader
{
    /// <summary>Elements nested deeper than this are no page anyone reads (real pages stay under 100); the page is refused.</summary>
    public const int MaxDepth = 1000;

    private static readonly HtmlParser Parser = new();

    public static WebPage Read(string html)
    {
        if (MarkupDepth.Exceeds(html, MaxDepth))
            throw new WebPageException($"the page nests elements more than {MaxDepth} deep");
        using var document = Parser.ParseDocument(html);
        return Read(document);
    }

    internal static WebPage Read(IDocument document)
    {
        if (Depth(document) > MaxDepth)
            throw new WebPageException($"the page nests elements more than {MaxDepth} deep");
        var metadata = MetadataReader.Read(document);
        return new WebPage(metadata, [.. ContentExtractor.Extract(document, metadata.Title)]);
    }

    /// <summary>The blocks of an HTML fragment that is all article (a feed item's content), nothing removed but scripts and media.</summary>
    public static IReadOnlyList<TextBlock> ReadFragment(string html)
    {
        if (MarkupDepth.Exceeds(html, MaxDepth))
            throw new WebPageException($"the item's HTML nests elements more than {MaxDepth} deep");
        using var document = Parser.ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>");
        if (Depth(document) > MaxDepth)
            throw new WebPageException($"the item's HTML nests elements more than {MaxDepth} deep");
        return document.Body is { } body ? BlockWriter.Write([body]) : [];
    }

    /// <summary>The deepest nesting of elements in the page, counted without recursion.</summary>
    private static int Depth(IDocument document)
    {
        var deepest = 0;
        var stack = new Stack<(IElement Element, int Depth)>();
        if (document.DocumentElement is { } root)
            stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in element.Children)
                stack.Push((child, depth + 1));
        }
        return deepest;
    }
}
