using AngleSharp.Dom;

namespace Briefings.Corpus.Web;

/// <summary>
/// Readability's fallback: every paragraph of prose scores its parent (and half that its grandparent) by
/// its length and commas; a container's score is discounted by its link density. The best container is
/// returned with its siblings that score close to it (a body split by ads or pictures).
/// </summary>
internal static class ContentScorer
{
    private const int MinParagraphCharacters = 25;
    private const int MinDivText = 100;
    private const int MaxLengthBonus = 3;
    private const double SiblingShare = 0.2;
    private const double MinSiblingScore = 10;
    private const int MaxRanked = 10;

    public static IReadOnlyList<INode>? Best(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in body.QuerySelectorAll("p, pre, td, div, section"))
        {
            if (paragraph.LocalName is "div" or "section" && !HoldsText(paragraph))
                continue;
            var text = paragraph.TextContent.Trim();
            if (text.Length < MinParagraphCharacters)
                continue;
            var score = 1 + text.Count(ch => ch == ',') + Math.Min(text.Length / 100, MaxLengthBonus);
            if (paragraph.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + score;
                if (parent.ParentElement is { } grandparent)
                    scores[grandparent] = scores.GetValueOrDefault(grandparent) + score / 2.0;
            }
        }
        if (scores.Count == 0)
            return null;
        // Link density costs a walk of the subtree: only the few best raw scores can become the top one.
        var ranked = scores.OrderByDescending(pair => pair.Value).Take(MaxRanked)
            .Select(pair => (Element: pair.Key, Score: pair.Value * (1 - LinkDensity(pair.Key)))).ToList();
        var (top, topScore) = ranked.MaxBy(candidate => candidate.Score);
        if (top.ParentElement is not { } container)
            return [top];
        var threshold = Math.Max(MinSiblingScore, topScore * SiblingShare);
        var adjusted = ranked.ToDictionary(candidate => candidate.Element, candidate => candidate.Score);
        return [.. container.Children.Where(sibling => sibling == top || adjusted.GetValueOrDefault(sibling, scores.GetValueOrDefault(sibling)) >= threshold || IsProse(sibling))];
    }

    /// <summary>A div that sets its text itself (in text nodes and line breaks) rather than in paragraphs is one.</summary>
    private static bool HoldsText(IElement element) =>
        element.ChildNodes.OfType<IText>().Sum(text => text.Data.AsSpan().Trim().Length) >= MinDivText;

    private static bool IsProse(IElement element) =>
        element.LocalName == "p" && element.TextContent.Trim().Length > 80 && LinkDensity(element) < 0.25;

    public static double LinkDensity(IElement element)
    {
        var length = element.TextContent.Length;
        return length == 0 ? 0 : element.QuerySelectorAll("a").Sum(link => link.TextContent.Length) / (double)length;
    }
}
