using AngleSharp.Dom;

namespace Briefings.Corpus.Web;

/// <summary>
/// Finds a page's main text, the way trafilatura does: first boilerplate is removed by precise rules
/// (<see cref="BoilerplateRules"/>), then the element the page's own markup names as the article body
/// (<c>itemprop="articleBody"</c>, an <c>entry-content</c> or <c>story-body</c> class, <c>&lt;article&gt;</c>,
/// <c>&lt;main&gt;</c>) is read; where none does, or the one named holds much less text than the page's
/// densest prose, a Readability-style score of paragraph containers (<see cref="ContentScorer"/>) decides.
/// </summary>
internal static class ContentExtractor
{
    /// <summary>A boilerplate rule never removes an element holding this share of the page's paragraph text: it is the article.</summary>
    private const double ProtectedProseShare = 0.5;

    /// <summary>Among nested candidates the innermost wins while it keeps this share of the largest one's prose.</summary>
    private const double NestedCandidateShare = 0.85;

    /// <summary>A named element is a candidate when it holds at least this share of the page's prose.</summary>
    private const double MinNamedShare = 0.2;

    /// <summary>A named body is used unless it holds less than this share of the scored container's prose.</summary>
    private const double NamedBodyShare = 0.5;

    /// <summary>A run of text shorter than this is a label, a button or a menu entry, not prose.</summary>
    private const int MinProseRun = 20;

    /// <summary>Less text than this from the container means it was the wrong one: the whole cleaned body is read.</summary>
    private const int MinArticleCharacters = 200;

    public static List<TextBlock> Extract(IDocument document, string? title)
    {
        if (document.Body is not { } body)
            return [];
        foreach (var element in body.QuerySelectorAll("*").Where(BoilerplateRules.IsNeverText).ToList())
            element.Remove();
        RemoveBoilerplate(body);

        var named = NamedBody(body);
        var scored = ContentScorer.Best(body);
        IReadOnlyList<INode> roots = named is not null && (scored is null || ProseLength(named) >= NamedBodyShare * ProseLength(scored.First()))
            ? [named]
            : scored ?? [body];
        var blocks = BlockWriter.Write(roots);
        if (blocks.Sum(block => block.Text.Length) < MinArticleCharacters && roots[0] != body)
            blocks = BlockWriter.Write([body]);
        // A line the page repeats (a gallery's captions, a slideshow's credits) is read once.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. blocks.Where(block => !(block.Kind == TextBlockKind.Heading && IsTitle(block.Text, title)) && seen.Add(block.Text))];
    }

    private static void RemoveBoilerplate(IElement body)
    {
        var prose = ProseByElement(body);
        var pageProse = prose.GetValueOrDefault(body);
        foreach (var element in body.QuerySelectorAll("*").ToList())
        {
            if (element.Parent is null || !BoilerplateRules.IsBoilerplate(element))
                continue;
            if (pageProse == 0 || prose.GetValueOrDefault(element) < ProtectedProseShare * pageProse)
                element.Remove();
        }
    }

    /// <summary>The prose under every element (<see cref="Prose"/>), summed up the tree once.</summary>
    private static Dictionary<IElement, int> ProseByElement(IElement body)
    {
        var prose = new Dictionary<IElement, int>();
        foreach (var (text, length) in Prose(body))
            for (var element = text.ParentElement; element is not null; element = element.ParentElement)
                prose[element] = prose.GetValueOrDefault(element) + length;
        return prose;
    }

    /// <summary>
    /// The runs of text that read as prose: text outside links, in runs long enough to be more than a
    /// label or a menu entry. Pages that set their text in divs and line breaks rather than paragraphs
    /// are measured as fairly as those that use &lt;p&gt;.
    /// </summary>
    private static IEnumerable<(IText Text, int Length)> Prose(IElement root)
    {
        var stack = new Stack<(INode Node, bool InLink)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, inLink) = stack.Pop();
            if (node is IText text)
            {
                if (!inLink && text.Data.AsSpan().Trim().Length is var length and >= MinProseRun)
                    yield return (text, length);
                continue;
            }
            var isLink = inLink || node is IElement { LocalName: "a" };
            for (var child = node.FirstChild; child is not null; child = child.NextSibling)
                stack.Push((child, isLink));
        }
    }

    /// <summary>
    /// The element the page's markup names as its article, most specific name first: the body itself
    /// (<c>itemprop="articleBody"</c>, a content class), then the article (<c>&lt;article&gt;</c>, a schema.org
    /// article item), then the page's main region. A name counts only on an element holding a fair share
    /// of the page's prose; of several, the largest wins, or the innermost that keeps nearly all of it.
    /// </summary>
    private static IElement? NamedBody(IElement body)
    {
        var pageProse = ProseLength(body);
        foreach (var names in Tiers)
        {
            var candidates = body.QuerySelectorAll("*").Where(names)
                .Select(element => (Element: element, Prose: ProseLength(element)))
                .Where(candidate => candidate.Prose >= MinNamedShare * pageProse && candidate.Prose > 0)
                .ToList();
            if (candidates.Count == 0)
                continue;
            var largest = candidates.MaxBy(candidate => candidate.Prose);
            // Document order puts ancestors first: the last candidate inside the largest keeping most of its prose is the innermost.
            return candidates.Last(candidate => (candidate.Element == largest.Element || largest.Element.Contains(candidate.Element))
                && candidate.Prose >= NestedCandidateShare * largest.Prose).Element;
        }
        return null;
    }

    private static readonly Func<IElement, bool>[] Tiers =
    [
        BoilerplateRules.NamesContent,
        element => element.LocalName == "article" || BoilerplateRules.IsArticleItem(element),
        element => element.LocalName == "main" || element.GetAttribute("role") == "main",
    ];

    /// <summary>The characters of prose under an element: what its article would be.</summary>
    public static int ProseLength(INode node) => node is IElement element ? Prose(element).Sum(run => run.Length) : 0;

    private static bool IsTitle(string text, string? title) =>
        title is not null && string.Equals(Normalize(text), Normalize(title), StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string text) => new([.. text.Where(char.IsLetterOrDigit)]);
}
