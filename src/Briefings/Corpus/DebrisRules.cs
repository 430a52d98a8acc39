namespace Briefings.Corpus;

/// <summary>
/// Lines of web-page debris that are never article text: share buttons, teasers, ad slots, comment
/// widgets, editorial boilerplate. A teaser label (<c>Trending:</c>, <c>Related:</c>) also takes the
/// headline under it; a <c>Tags:</c> line takes the short tag lines under it.
/// </summary>
public static class DebrisRules
{
    private static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "news", "print sharing button", "advertisement", "more news", "conversation",
        "truth and accuracy", "submit a correction →", "do you like this article?", "read more",
    };

    private static readonly string[] Prefixes =
    [
        "Comment Policy", "0 Comment(s)", "Edited by ", "Produced in association with", "(Additional reporting",
        "The Western Journal has not reviewed", "We are committed to truth and accuracy",
    ];

    private static readonly string[] TeaserLabels = ["Trending:", "Related:"];

    public static bool IsDebris(string line) =>
        Lines.Contains(line) || Prefixes.Any(prefix => line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    public static bool IsTeaserLabel(string line) => TeaserLabels.Any(label => line.Equals(label, StringComparison.OrdinalIgnoreCase));

    public static bool IsTagsLabel(string line) => line.StartsWith("Tags:", StringComparison.OrdinalIgnoreCase);

    /// <summary>A tag of a tag list: a few words, no sentence punctuation.</summary>
    public static bool IsTag(string line) =>
        line.Length <= 40 && line.Split(' ').Length <= 4 && !line.Any(ch => ch is '.' or ',' or '“' or '"' or ':' or '?' or '!');

    /// <summary>The heading of a footnote list; numbered lines after it are the article's notes.</summary>
    public static bool IsNotesHeading(string line) => line is "References" or "Notes" or "Footnotes";
}
