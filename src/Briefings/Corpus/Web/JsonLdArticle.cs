using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;

namespace Briefings.Corpus.Web;

/// <summary>
/// The article a page describes in JSON-LD (<c>&lt;script type="application/ld+json"&gt;</c>): the first
/// object of an article type (<c>NewsArticle</c>, <c>BlogPosting</c>, ...), also inside arrays and
/// <c>@graph</c>, gives headline, authors, publisher, publication date and URL. Malformed JSON is ignored.
/// </summary>
internal sealed record JsonLdArticle(string? Headline, ImmutableArray<string> Authors, string? Publisher, string? DatePublished, string? Url)
{
    private static readonly FrozenSet<string> ArticleTypes = WebLexicon.Set("jsonld-article-types.txt");

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static JsonLdArticle? Read(IEnumerable<string> scripts)
    {
        foreach (var script in scripts)
        {
            try
            {
                using var document = JsonDocument.Parse(script.Trim(), Options);
                if (Find(document.RootElement) is { } article)
                    return From(article);
            }
            catch (JsonException)
            {
                // A page's broken JSON-LD says nothing; its meta tags still may.
            }
        }
        return null;
    }

    private static JsonElement? Find(JsonElement element)
    {
        var stack = new Stack<JsonElement>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in current.EnumerateArray().Reverse())
                    stack.Push(item);
            }
            else if (current.ValueKind == JsonValueKind.Object)
            {
                if (current.TryGetProperty("@type", out var type) && Types(type).Any(ArticleTypes.Contains))
                    return current;
                if (current.TryGetProperty("@graph", out var graph))
                    stack.Push(graph);
            }
        }
        return null;
    }

    private static IEnumerable<string> Types(JsonElement type) =>
        type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(Text).OfType<string>() : Text(type) is { } one ? [one] : [];

    private static JsonLdArticle From(JsonElement article) => new(
        Property(article, "headline") ?? Property(article, "name"),
        [.. Names(article, "author").Distinct(StringComparer.Ordinal)],
        Names(article, "publisher").FirstOrDefault(),
        Property(article, "datePublished") ?? Property(article, "dateCreated"),
        Property(article, "url") ?? (article.TryGetProperty("mainEntityOfPage", out var page) ? Text(page) ?? Property(page, "@id") : null));

    private static IEnumerable<string> Names(JsonElement article, string name)
    {
        if (!article.TryGetProperty(name, out var value))
            yield break;
        foreach (var item in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : Enumerable.Repeat(value, 1))
            if ((Text(item) ?? Property(item, "name")) is { } text && !text.Contains("://", StringComparison.Ordinal))
                yield return text;
    }

    private static string? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? Text(value) : null;

    private static string? Text(JsonElement element) =>
        element.ValueKind == JsonValueKind.String && element.GetString()?.Trim() is { Length: > 0 } text ? text : null;
}
