using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Briefings.Corpus;

/// <summary>
/// The dateline that opens a wire story, in its common forms: <c>KABUL --</c>, <c>ISLAMABAD:</c>,
/// <c>ATHENS, Greece (AP) —</c>, <c>DUBAI, April 17. /TASS/.</c>, <c>BEIJING, Sept. 8 (Xinhua) --</c>,
/// <c>Peshawar, Oct 14 (PTI):</c>, <c>Attock [Pakistan], November 5 (ANI):</c>, <c>KABUL (BNA) The …</c>,
/// <c>Islamabad - </c>, <c>TEHRAN – </c>, <c>ISLAMABAD, (UrduPoint / Pakistan Point News - 20th Mar, 2025)</c>,
/// <c>MOGADISHU [SMN] –</c> (a bracketed acronym is a tag, other brackets a region). A hyphen between words
/// ("Al-Shabaab") is no separator.
/// A place in capitals needs a dash, a colon, a date or a tag after it; a place in mixed case needs a tag,
/// or a dash or colon followed by a capital, and must not be a label ("Update:", "Source:").
/// </summary>
public static partial class DatelineRules
{
    /// <summary>A dateline opens a paragraph, not a short line ("SOURCE: BBC" is no dateline).</summary>
    private const int MinRemainder = 40;

    private static readonly FrozenSet<string> NotPlaces = Lexicon.Set("not-places.txt");

    /// <summary>Splits a leading dateline off a paragraph.</summary>
    public static (string? Dateline, string Remainder) Split(string paragraph) =>
        Match(paragraph) is { } dateline ? (dateline.Place, dateline.Remainder) : (null, paragraph);

    public static Dateline? Match(string paragraph)
    {
        var match = Pattern().Match(paragraph);
        if (!match.Success || paragraph.Length - match.Length < MinRemainder)
            return null;
        var place = match.Groups["place"].Value;
        var tag = match.Groups["tag"].Success ? match.Groups["tag"].Value.Trim() : null;
        var separator = match.Groups["sep"].Value.Trim();
        var capitals = place.Any(char.IsLetter) && !place.Any(char.IsLower);
        if (NotPlaces.Contains(place) || (tag is not null && tag.Length == 0))
            return null;
        var anchored = tag is not null || separator.Length > 0 || (capitals && match.Groups["date"].Success);
        if (!anchored)
            return null;
        var region = match.Groups["region"].Success ? ", " + match.Groups["region"].Value : "";
        return new Dateline(place + region, tag, paragraph[match.Length..]);
    }

    /// <summary>A dateline on a line of its own ("DOHA:", "Kabul,", "LONDON (AP) --"): its place.</summary>
    public static string? BarePlace(string line) => Bare(line)?.Place;

    /// <summary>A dateline on a line of its own, with the agency tag it may carry (<c>LONDON (AP) --</c> gives AP).</summary>
    public static Dateline? Bare(string line)
    {
        var match = BarePattern().Match(line);
        if (!match.Success || NotPlaces.Contains(match.Groups["place"].Value))
            return null;
        return new Dateline(match.Groups["place"].Value, match.Groups["tag"].Success ? match.Groups["tag"].Value.Trim() : null, "");
    }

    [GeneratedRegex(@"^(?<place>(?:[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}|[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2})(?:, [A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,2})?)(?:\s*\((?<tag>[^()\n]{1,40})\))?\s*(?:[:,—–]|-{1,2})$")]
    private static partial Regex BarePattern();

    [GeneratedRegex(
        @"^(?<place>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}|[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2})" +
        @"(?:\s*\[(?:(?<tag>[A-Z]{2,6})|[^\]\n]{2,40})\])?" +
        @"(?:,\s*(?!" + HeaderDateRules.Month + @"\b)(?<region>[A-Z][A-Za-z'’-]*\.?(?: [A-Z][A-Za-z'’-]*\.?){0,2}))?" +
        @"(?:,?\s*(?<date>" + HeaderDateRules.Month + @"\.?\s+\d{1,2}|\d{1,2}\s+" + HeaderDateRules.Month + @")\.?)?" +
        @"(?:,?\s*(?:\((?<tag>[^()\n]{0,60})\)|/(?<tag>[A-Za-z]{2,12})/\.?))?" +
        @"(?:\s*(?<sep>--|—|–|:)\s*|\s+(?<sep>-)\s+|\s+)" +
        @"(?=[“""‘'A-Z0-9])",
        RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();
}
