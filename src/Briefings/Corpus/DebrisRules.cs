namespace Briefings.Corpus;

/// <summary>
/// Lines of web-page debris that are never article text: share buttons, teasers, ad slots,
/// comment widgets. A teaser label (<c>Trending:</c>, <c>Related:</c>) also takes the headline under it.
/// </summary>
public static class DebrisRules
{
    private static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "news", "print sharing button", "advertisement", "more news", "conversation",
        "truth and accuracy", "submit a correction →", "do you like this article?", "tags:", "references",
    };

    private static readonly string[] TeaserLabels = ["Trending:", "Related:"];

    private static readonly string[] Prefixes = ["Tags:", "Comment Policy", "0 Comment(s)"];

    public static bool IsDebris(string line)
    {
        var text = line.Trim();
        return Lines.Contains(text) || Prefixes.Any(prefix => text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
    }

    public static bool IsTeaserLabel(string line) =>
        TeaserLabels.Any(label => line.Trim().Equals(label, StringComparison.OrdinalIgnoreCase));
}
