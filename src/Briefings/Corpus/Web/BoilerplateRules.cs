using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Briefings.Corpus.Web;

/// <summary>
/// Which elements of a page are boilerplate and which name its main text, by tag, ARIA role and the
/// fragments or tokens of their class and id (<c>Lexicons/never-text-tags.txt</c>, <c>boilerplate-*.txt</c>, <c>content-names.txt</c>).
/// </summary>
internal static class BoilerplateRules
{
    private static readonly FrozenSet<string> NeverTextTags = WebLexicon.Set("never-text-tags.txt");
    private static readonly FrozenSet<string> Tags = WebLexicon.Set("boilerplate-tags.txt");
    private static readonly FrozenSet<string> Roles = WebLexicon.Set("boilerplate-roles.txt");
    private static readonly string[] Names = [.. WebLexicon.Entries("boilerplate-names.txt").Select(name => name.ToLowerInvariant())];
    private static readonly FrozenSet<string> Tokens = WebLexicon.Set("boilerplate-tokens.txt");
    private static readonly string[] ContentNames = [.. WebLexicon.Entries("content-names.txt").Select(name => name.ToLowerInvariant())];

    private static readonly string[] CaptionNames = [.. WebLexicon.Entries("caption-names.txt").Select(name => name.ToLowerInvariant())];
    private static readonly FrozenSet<string> ArticleTypes = WebLexicon.Set("jsonld-article-types.txt");

    private static readonly char[] TokenSeparators = [' ', '\t', '\n', '-', '_'];

    /// <summary>Elements whose content is never read: not even a boilerplate rule may keep them.</summary>
    public static bool IsNeverText(IElement element) => NeverTextTags.Contains(element.LocalName);

    public static bool IsBoilerplate(IElement element)
    {
        if (element.LocalName is "html" or "body" or "main" or "article" or "p")
            return false;
        if (Tags.Contains(element.LocalName) || IsHidden(element) || (element.GetAttribute("role") is { } role && Roles.Contains(role)))
            return true;
        var names = ClassAndId(element);
        return names.Length > 0 && (Matches(Compact(names), Names) || names.Split(TokenSeparators, StringSplitOptions.RemoveEmptyEntries).Any(Tokens.Contains));
    }

    public static bool NamesContent(IElement element) =>
        element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase)
        || ClassAndId(element) is { Length: > 0 } names && Matches(Compact(names), ContentNames);

    /// <summary>A picture caption or credit set in a block of its own class (<c>wp-caption-text</c>, <c>image-credit</c>).</summary>
    public static bool NamesCaption(IElement element) =>
        BlockWriter.IsBlock(element.LocalName) && ClassAndId(element) is { Length: > 0 } names && Matches(Compact(names), CaptionNames);

    /// <summary>A schema.org article item (<c>itemtype=".../NewsArticle"</c>).</summary>
    public static bool IsArticleItem(IElement element) =>
        element.GetAttribute("itemtype") is { } type && ArticleTypes.Contains(type[(type.LastIndexOf('/') + 1)..]);

    private static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden")
        || element.GetAttribute("aria-hidden") == "true"
        || element.GetAttribute("style") is { } style && Compact(style).Contains("display:none", StringComparison.Ordinal);

    private static string ClassAndId(IElement element) => $"{element.GetAttribute("class")} {element.Id}".Trim();

    private static string Compact(string value) => new([.. value.Where(ch => ch is not ('-' or '_' or ' ')).Select(char.ToLowerInvariant)]);

    private static bool Matches(string compact, string[] fragments)
    {
        foreach (var fragment in fragments)
            if (compact.Contains(fragment, StringComparison.Ordinal))
                return true;
        return false;
    }
}
