using System.Text.RegularExpressions;

namespace Briefings.Corpus;

/// <summary>
/// Where a text names its own publisher, besides bylines and mastheads: the tag of a dateline (<c>(AP)</c>,
/// <c>/TASS/</c>, <c>(UrduPoint / Pakistan Point News - …)</c>), a source line (<c>SOURCE: BBC</c>,
/// <c>Original Source: …</c>), an interview the story was given (<c>told Dawn by phone</c>, <c>in an exclusive
/// interview with the Tasnim News Agency</c>; not "had told X:", which reports another outlet's interview),
/// and the page's furniture (<c>About Ariana News</c>, <c>Copyright © 2021 People's Daily Online</c>,
/// <c>Published in Dawn, …</c>, <c>… | FDD's Long War Journal</c>, a series note naming a known publisher).
/// </summary>
public static partial class PublisherRules
{
    private const int MaxNameLength = 60;

    /// <summary>The publisher a dateline tag names: a known name's canonical form, or the tag's first part.</summary>
    public static string? FromTag(string tag)
    {
        var first = TagSeparator().Split(tag)[0].Trim();
        return PublisherGazetteer.Canonical(first) ?? (BylineRules.IsNameLine(first) && first.Length <= MaxNameLength ? first : null);
    }

    /// <summary>"SOURCE: BBC", "Original Source: Dawn".</summary>
    public static string? FromSourceLine(string line) =>
        SourceLine().Match(line) is { Success: true } match ? Name(match.Groups["name"].Value) : null;

    /// <summary>The outlet a story says it was told or interviewed by: "told Dawn by phone".</summary>
    public static string? FromInterview(string paragraph)
    {
        foreach (Match match in Interview().Matches(paragraph))
        {
            var rest = paragraph.AsSpan(match.Index + match.Length);
            var pluperfect = paragraph.AsSpan(0, match.Index).EndsWith("had ", StringComparison.Ordinal);
            if (!pluperfect && PublisherGazetteer.NameAtStart(rest) is var (name, length) && !rest[length..].TrimStart().StartsWith(":", StringComparison.Ordinal))
                return name;
        }
        return null;
    }

    /// <summary>The publisher that a line of page furniture names: about, copyright, "Published in", "… | Outlet", a series note.</summary>
    public static string? FromFurniture(string line)
    {
        if (FurnitureLine().Match(line) is { Success: true } match)
            return Name(match.Groups["name"].Value);
        var pipe = line.LastIndexOf('|');
        if (pipe >= 0 && PublisherGazetteer.Canonical(line[(pipe + 1)..]) is { } outlet)
            return outlet;
        return line.Contains(" is part of ", StringComparison.Ordinal) ? PublisherGazetteer.Within(line) : null;
    }

    private static string? Name(string text)
    {
        var name = text.Trim().TrimEnd('.', ',');
        return PublisherGazetteer.Canonical(name) ?? (name.Length is > 1 and <= MaxNameLength && char.IsUpper(name[0]) ? name : null);
    }

    [GeneratedRegex(@"\s+/\s+|\s+[-–—]\s+|,")]
    private static partial Regex TagSeparator();

    [GeneratedRegex(@"^(?:SOURCE|Source|Original Source|ORIGINAL SOURCE)\s*:\s*(?<name>[^|:]{2,60})$")]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"\b(?:told|interview with|interviewed by|speaking to|spoke to)\s+(?:the\s+)?(?=\p{Lu})")]
    private static partial Regex Interview();

    [GeneratedRegex(@"^(?:About (?<name>[^|.,]+?)\s*(?:\||$)|\(?(?:Copyright|©)\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*-\s*\d{4})?)?\s*(?<name>[^.|]{2,60}?)\.?\s*(?:All rights reserved|\)|$)|Published in (?<name>[A-Z][^,]{1,40}),)", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureLine();
}
