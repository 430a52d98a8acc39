namespace Briefings.Corpus;

/// <summary>
/// Lines of web-page debris that are never article text (<c>Lexicons/debris-lines.txt</c>,
/// <c>debris-prefixes.txt</c>): share buttons, teasers, ad slots, comment widgets, banners, editorial
/// boilerplate, and lines without a letter (share counts, price tags). A teaser label (<c>Trending:</c>,
/// <c>Related:</c>) also takes the headline under it; a <c>Tags:</c> line takes the short tag lines under it.
/// <c>Lexicons/end-markers.txt</c> names the lines that start the site furniture after the last paragraph.
/// </summary>
public static class DebrisRules
{
    private static readonly PhraseList Debris = new(Lexicon.Entries("debris-lines.txt"), Lexicon.Entries("debris-prefixes.txt"));

    private static readonly PhraseList EndMarkers = new(
        Lexicon.Entries("end-markers.txt").Where(entry => !entry.EndsWith('*')),
        Lexicon.Entries("end-markers.txt").Where(entry => entry.EndsWith('*')).Select(entry => entry[..^1]));

    private static readonly string[] TeaserLabels = ["Trending:", "Related:"];

    public static bool IsDebris(string line) => Debris.Matches(line) || !line.Any(char.IsLetter);

    /// <summary>A line that starts the site furniture after an article (related stories, comment forms, copyright).</summary>
    public static bool IsEndMarker(string line) => EndMarkers.Matches(line) || IsAboutBlurb(line);

    /// <summary>"About Ariana News", "About People's Daily Online | Join Us": the heading of a site's blurb.</summary>
    private static bool IsAboutBlurb(string line) =>
        line.StartsWith("About ", StringComparison.Ordinal) && line.Length < 80 && !line.Any(ch => ch is '.' or ',' or '?' or '!')
        && line[6..].Split('|')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).All(word => char.IsUpper(word[0]) || word is "of" or "and" or "the");

    public static bool IsTeaserLabel(string line) => TeaserLabels.Any(label => line.Equals(label, StringComparison.OrdinalIgnoreCase));

    public static bool IsTagsLabel(string line) => line.StartsWith("Tags:", StringComparison.OrdinalIgnoreCase);

    /// <summary>A tag of a tag list: a few words, no sentence punctuation.</summary>
    public static bool IsTag(string line) =>
        line.Length <= 40 && line.Split(' ').Length <= 4 && !line.Any(ch => ch is '.' or ',' or '“' or '"' or ':' or '?' or '!');

    /// <summary>The heading of a footnote list; numbered lines after it are the article's notes.</summary>
    public static bool IsNotesHeading(string line) => line is "References" or "Notes" or "Footnotes";
}
